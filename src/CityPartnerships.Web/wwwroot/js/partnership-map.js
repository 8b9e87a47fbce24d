// The association map: every partnership as a line between two cities on a canvas over the Natural Earth countries
// (equirectangular, x = longitude + 180, y = 90 - latitude). Lines of one colour are one Path2D built once, so a frame
// is a handful of stroke calls whatever the number of partnerships; panning and zooming only change the transform.
// The time from the start of this script to the first full frame is written to data-render-ms (browser test, benchmarks).
(function () {
    var started = performance.now();
    var host = document.querySelector('[data-partnership-map]');
    if (!host) {
        return;
    }

    var canvas = host.querySelector('canvas');
    var summary = document.querySelector('[data-map-summary]');
    var selection = document.querySelector('[data-map-selection]');
    var colourSelect = document.querySelector('[data-colour-by]');
    var colours = {
        status: ['#0b5cad', '#1a7f37', '#b45309', '#6b7280'],
        kind: ['#c8102e', '#1d4f91', '#6b21a8', '#0e7490'],
    };
    document.querySelectorAll('[data-swatch]').forEach(function (swatch) {
        var parts = swatch.dataset.swatch.split('-');
        swatch.style.background = colours[parts[0]][+parts[1]];
    });

    var data = null, countries = null, paths = null, selected = -1;
    var view = { k: 1, x: 0, y: 0 };
    var colourBy = 'status';

    function text(name, values) {
        var template = host.dataset['text' + name] || '';
        return template.replace(/\{(\d)\}/g, function (_, i) { return values[+i]; });
    }

    function size() {
        var ratio = window.devicePixelRatio || 1;
        var width = host.clientWidth;
        var height = Math.round(width / 2);
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
        canvas.style.width = width + 'px';
        canvas.style.height = height + 'px';
        return ratio;
    }

    function buildCountries(topology) {
        var path = new Path2D();
        var geo = topojson.feature(topology, topology.objects.countries);
        geo.features.forEach(function (feature) {
            var g = feature.geometry;
            if (!g) { return; }
            var polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
            polygons.forEach(function (polygon) {
                polygon.forEach(function (ring) {
                    ring.forEach(function (point, i) {
                        var x = point[0] + 180, y = 90 - point[1];
                        if (i === 0) { path.moveTo(x, y); } else { path.lineTo(x, y); }
                    });
                    path.closePath();
                });
            });
        });
        return path;
    }

    function buildLines() {
        var field = colourBy === 'kind' ? 2 : 3;
        var groups = [new Path2D(), new Path2D(), new Path2D(), new Path2D()];
        var cities = data.cities, lines = data.lines;
        for (var i = 0; i < lines.length; i += 4) {
            var a = cities[lines[i]], b = cities[lines[i + 1]];
            var path = groups[lines[i + field]];
            path.moveTo(a.lon + 180, 90 - a.lat);
            path.lineTo(b.lon + 180, 90 - b.lat);
        }
        return groups;
    }

    function draw() {
        var frameStarted = performance.now();
        paint();
        canvas.dataset.frameMs = String(Math.round((performance.now() - frameStarted) * 10) / 10);
    }

    function paint() {
        var ratio = window.devicePixelRatio || 1;
        var ctx = canvas.getContext('2d');
        var scale = (canvas.width / 360) * view.k;
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.fillStyle = '#eef3f8';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.setTransform(scale, 0, 0, scale, view.x * ratio, view.y * ratio);
        if (countries) {
            ctx.fillStyle = '#d5dde7';
            ctx.fill(countries);
            ctx.strokeStyle = '#ffffff';
            ctx.lineWidth = 0.6 / scale;
            ctx.stroke(countries);
        }

        if (!paths) { return; }
        ctx.globalAlpha = selected >= 0 ? 0.15 : 0.35;
        ctx.lineWidth = 0.8 / scale;
        paths.forEach(function (path, i) {
            ctx.strokeStyle = colours[colourBy][i];
            ctx.stroke(path);
        });
        ctx.globalAlpha = 1;
        if (selected >= 0) {
            drawSelection(ctx, scale);
        }
    }

    function drawSelection(ctx, scale) {
        var field = colourBy === 'kind' ? 2 : 3;
        var cities = data.cities, lines = data.lines, city = cities[selected];
        ctx.lineWidth = 2 / scale;
        for (var i = 0; i < lines.length; i += 4) {
            if (lines[i] !== selected && lines[i + 1] !== selected) { continue; }
            var other = cities[lines[i] === selected ? lines[i + 1] : lines[i]];
            ctx.strokeStyle = colours[colourBy][lines[i + field]];
            ctx.beginPath();
            ctx.moveTo(city.lon + 180, 90 - city.lat);
            ctx.lineTo(other.lon + 180, 90 - other.lat);
            ctx.stroke();
            ctx.fillStyle = '#143a6b';
            ctx.beginPath();
            ctx.arc(other.lon + 180, 90 - other.lat, 2.5 / scale, 0, 2 * Math.PI);
            ctx.fill();
        }

        ctx.fillStyle = '#c8102e';
        ctx.beginPath();
        ctx.arc(city.lon + 180, 90 - city.lat, 4 / scale, 0, 2 * Math.PI);
        ctx.fill();
    }

    var frame = 0;
    function redraw() {
        if (!frame) {
            frame = requestAnimationFrame(function () { frame = 0; draw(); });
        }
    }

    function toWorld(clientX, clientY) {
        var rect = canvas.getBoundingClientRect();
        var scale = (rect.width / 360) * view.k;
        return { x: (clientX - rect.left - view.x) / scale, y: (clientY - rect.top - view.y) / scale, scale: scale };
    }

    function select(clientX, clientY) {
        var point = toWorld(clientX, clientY);
        var best = -1, bestDistance = 8 / point.scale;
        data.cities.forEach(function (city, i) {
            var dx = city.lon + 180 - point.x, dy = 90 - city.lat - point.y;
            var distance = Math.sqrt(dx * dx + dy * dy);
            if (distance < bestDistance) { best = i; bestDistance = distance; }
        });
        selected = best;
        showSelection();
        redraw();
    }

    function showSelection() {
        selection.textContent = '';
        if (selected < 0) { return; }
        var city = data.cities[selected];
        var partners = [];
        for (var i = 0; i < data.lines.length; i += 4) {
            if (data.lines[i] === selected) { partners.push(data.cities[data.lines[i + 1]].name); }
            else if (data.lines[i + 1] === selected) { partners.push(data.cities[data.lines[i]].name); }
        }

        var heading = document.createElement('p');
        heading.className = 'mb-1';
        heading.textContent = text('Selected', [city.name, partners.length]);
        var list = document.createElement('p');
        list.className = 'small mb-1';
        list.textContent = partners.slice(0, 60).join(' · ') + (partners.length > 60 ? ' …' : '');
        var link = document.createElement('a');
        var params = new URLSearchParams(window.location.search);
        params.set('city', city.id);
        link.href = host.dataset.list + '?' + params.toString();
        link.textContent = text('Open', [city.name]);
        link.dataset.testid = 'map-open-city';
        selection.append(heading, list, link);
    }

    var drag = null;
    canvas.addEventListener('pointerdown', function (e) {
        drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, moved: false };
        canvas.setPointerCapture(e.pointerId);
    });
    canvas.addEventListener('pointermove', function (e) {
        if (!drag) { return; }
        var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; }
        view.x = drag.vx + dx;
        view.y = drag.vy + dy;
        redraw();
    });
    canvas.addEventListener('pointerup', function (e) {
        if (drag && !drag.moved && data) { select(e.clientX, e.clientY); }
        drag = null;
    });
    canvas.addEventListener('wheel', function (e) {
        e.preventDefault();
        var rect = canvas.getBoundingClientRect();
        var factor = e.deltaY < 0 ? 1.25 : 0.8;
        var k = Math.min(40, Math.max(1, view.k * factor));
        var mx = e.clientX - rect.left, my = e.clientY - rect.top;
        view.x = mx - (mx - view.x) * (k / view.k);
        view.y = my - (my - view.y) * (k / view.k);
        view.k = k;
        redraw();
    }, { passive: false });
    canvas.addEventListener('keydown', function (e) {
        var step = 40, handled = true;
        if (e.key === 'ArrowLeft') { view.x += step; }
        else if (e.key === 'ArrowRight') { view.x -= step; }
        else if (e.key === 'ArrowUp') { view.y += step; }
        else if (e.key === 'ArrowDown') { view.y -= step; }
        else if (e.key === '+' || e.key === '=') { view.k = Math.min(40, view.k * 1.25); }
        else if (e.key === '-') { view.k = Math.max(1, view.k * 0.8); }
        else if (e.key === '0') { view = { k: 1, x: 0, y: 0 }; }
        else { handled = false; }
        if (handled) { e.preventDefault(); redraw(); }
    });
    colourSelect.addEventListener('change', function () {
        colourBy = colourSelect.value;
        document.querySelectorAll('[data-legend]').forEach(function (legend) {
            legend.classList.toggle('d-none', legend.dataset.legend !== colourBy);
        });
        if (data) { paths = buildLines(); redraw(); }
    });
    window.addEventListener('resize', function () { size(); redraw(); });

    size();
    Promise.all([
        fetch(host.dataset.countries).then(function (r) { return r.json(); }),
        fetch(host.dataset.source, { headers: { Accept: 'application/json' } }).then(function (r) {
            if (!r.ok) { throw new Error(r.status); }
            return r.json();
        }),
    ]).then(function (results) {
        countries = buildCountries(results[0]);
        data = results[1];
        paths = buildLines();
        draw();
        var lines = data.lines.length / 4;
        summary.textContent = text('Summary', [lines.toLocaleString(document.documentElement.lang), data.cities.length.toLocaleString(document.documentElement.lang)])
            + (data.withoutPosition > 0 ? ' ' + text('WithoutPosition', [data.withoutPosition.toLocaleString(document.documentElement.lang)]) : '');
        canvas.dataset.renderMs = String(Math.round(performance.now() - started));
        canvas.dataset.lines = String(lines);
        canvas.dataset.rendered = 'true';
    }).catch(function (error) {
        summary.textContent = host.dataset.textFailed;
        console.error(error);
    });
})();
