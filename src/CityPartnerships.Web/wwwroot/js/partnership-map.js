// The association map: every partnership as a line between two cities on a canvas over the Natural Earth countries
// (equirectangular, x = longitude + 180, y = 90 - latitude). The data handler sends the cities as columns and the lines
// as four indices each; coordinates go into typed arrays once. Lines of one colour are one Path2D built once, so a full
// frame is a handful of stroke calls whatever the number of partnerships. While the map is dragged or zoomed, frames
// are the last full frame moved or scaled (one drawImage); the full frame is drawn again when the movement stops.
// Timings for the browser test and docs/benchmarks.md: data-render-ms (script start to first full frame), data-data-ms
// (script start to parsed data), data-page-ms (navigation start to first full frame: the page preloads the data, so
// part of the fetch happens before the script starts), data-build-ms (country shapes and line paths built from the
// data), data-full-frame-ms (the last full frame), data-frame-ms (the
// last frame of any kind).
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
    var xs = null, ys = null, names = null, ids = null;
    var view = { k: 1, x: 0, y: 0 };
    var cache = document.createElement('canvas'), cacheView = null, settleTimer = 0;
    var colourBy = 'status';

    function text(name, values) {
        var template = host.dataset['text' + name] || '';
        return template.replace(/\{(\d)(?::N0)?\}/g, function (_, i) { return values[+i]; });
    }

    // "1 city" or "3 cities": the text for one from data-text-<name>-one, as Plurals.Count does on the server.
    function count(name, value) {
        return text(value === 1 ? name + 'One' : name, [value.toLocaleString(document.documentElement.lang)]);
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
                        // A ring that crosses the antimeridian (Fiji, Chukotka) jumps across the whole map: start a new
                        // piece there instead of drawing a line over every ocean.
                        var jumps = i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180;
                        if (i === 0 || jumps) { path.moveTo(x, y); } else { path.lineTo(x, y); }
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
        var lines = data.lines;
        for (var i = 0; i < lines.length; i += 4) {
            var a = lines[i], b = lines[i + 1];
            var path = groups[lines[i + field]];
            path.moveTo(xs[a], ys[a]);
            path.lineTo(xs[b], ys[b]);
        }
        return groups;
    }

    function readCities(columns) {
        var count = columns.id.length;
        xs = new Float32Array(count);
        ys = new Float32Array(count);
        for (var i = 0; i < count; i++) {
            xs[i] = columns.lon[i] + 180;
            ys[i] = 90 - columns.lat[i];
        }
        names = columns.name;
        ids = columns.id;
    }

    function elapsed(since) {
        return String(Math.round((performance.now() - since) * 10) / 10);
    }

    function draw() {
        var frameStarted = performance.now();
        paint();
        keepFrame();
        canvas.dataset.fullFrameMs = canvas.dataset.frameMs = elapsed(frameStarted);
    }

    // The full frame as a bitmap, with the view it was drawn at, for the frames while the map moves.
    function keepFrame() {
        cache.width = canvas.width;
        cache.height = canvas.height;
        cache.getContext('2d').drawImage(canvas, 0, 0);
        cacheView = { k: view.k, x: view.x, y: view.y };
    }

    // A screen point p of the kept frame is now at (p - t0) * f + t: one drawImage, whatever the number of lines.
    function drawMoving() {
        if (!cacheView) { draw(); return; }
        var frameStarted = performance.now();
        var ratio = window.devicePixelRatio || 1;
        var f = view.k / cacheView.k;
        var ctx = canvas.getContext('2d');
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.fillStyle = '#eef3f8';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(cache, (view.x - cacheView.x * f) * ratio, (view.y - cacheView.y * f) * ratio, cache.width * f, cache.height * f);
        canvas.dataset.frameMs = elapsed(frameStarted);
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
        var lines = data.lines;
        ctx.lineWidth = 2 / scale;
        for (var i = 0; i < lines.length; i += 4) {
            if (lines[i] !== selected && lines[i + 1] !== selected) { continue; }
            var other = lines[i] === selected ? lines[i + 1] : lines[i];
            ctx.strokeStyle = colours[colourBy][lines[i + field]];
            ctx.beginPath();
            ctx.moveTo(xs[selected], ys[selected]);
            ctx.lineTo(xs[other], ys[other]);
            ctx.stroke();
            ctx.fillStyle = '#143a6b';
            ctx.beginPath();
            ctx.arc(xs[other], ys[other], 2.5 / scale, 0, 2 * Math.PI);
            ctx.fill();
        }

        ctx.fillStyle = '#c8102e';
        ctx.beginPath();
        ctx.arc(xs[selected], ys[selected], 4 / scale, 0, 2 * Math.PI);
        ctx.fill();
    }

    var frame = 0, moving = false;
    function redraw() {
        if (!frame) {
            frame = requestAnimationFrame(function () { frame = 0; if (moving) { drawMoving(); } else { draw(); } });
        }
    }

    // Frames from the kept bitmap while the map moves; the full frame once it has been still for a moment.
    function move() {
        moving = true;
        redraw();
        clearTimeout(settleTimer);
        settleTimer = setTimeout(function () {
            if (!drag) { moving = false; redraw(); }
        }, 150);
    }

    function toWorld(clientX, clientY) {
        var rect = canvas.getBoundingClientRect();
        var scale = (rect.width / 360) * view.k;
        return { x: (clientX - rect.left - view.x) / scale, y: (clientY - rect.top - view.y) / scale, scale: scale };
    }

    function select(clientX, clientY) {
        var point = toWorld(clientX, clientY);
        var best = -1, bestDistance = 8 / point.scale;
        for (var i = 0; i < xs.length; i++) {
            var dx = xs[i] - point.x, dy = ys[i] - point.y;
            var distance = Math.sqrt(dx * dx + dy * dy);
            if (distance < bestDistance) { best = i; bestDistance = distance; }
        }
        selected = best;
        showSelection();
        redraw();
    }

    function showSelection() {
        selection.textContent = '';
        if (selected < 0) { return; }
        var name = names[selected];
        var partners = [];
        for (var i = 0; i < data.lines.length; i += 4) {
            if (data.lines[i] === selected) { partners.push(names[data.lines[i + 1]]); }
            else if (data.lines[i + 1] === selected) { partners.push(names[data.lines[i]]); }
        }

        var heading = document.createElement('p');
        heading.className = 'mb-1';
        heading.textContent = text('Selected', [name, count('Partnerships', partners.length)]);
        var list = document.createElement('p');
        list.className = 'small mb-1';
        list.textContent = partners.slice(0, 60).join(' · ') + (partners.length > 60 ? ' …' : '');
        var link = document.createElement('a');
        var params = new URLSearchParams(window.location.search);
        params.set('city', ids[selected]);
        link.href = host.dataset.list + '?' + params.toString();
        link.textContent = text('Open', [name]);
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
        move();
    });
    canvas.addEventListener('pointerup', function (e) {
        if (drag && !drag.moved && data) { select(e.clientX, e.clientY); }
        drag = null;
        moving = false;
        redraw();
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
        move();
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
        if (handled) { e.preventDefault(); move(); }
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
        fetch(host.dataset.countries, { credentials: 'include' }).then(function (r) { return r.json(); }),
        fetch(host.dataset.source, { credentials: 'include' }).then(function (r) {
            if (!r.ok) { throw new Error(r.status); }
            return r.json();
        }),
    ]).then(function (results) {
        canvas.dataset.dataMs = String(Math.round(performance.now() - started));
        var building = performance.now();
        countries = buildCountries(results[0]);
        data = results[1];
        readCities(data.cities);
        paths = buildLines();
        canvas.dataset.buildMs = elapsed(building);
        draw();
        var lines = data.lines.length / 4;
        summary.textContent = text('Summary', [count('Partnerships', lines), count('Cities', xs.length)])
            + (data.withoutPosition > 0 ? ' ' + text('WithoutPosition', [data.withoutPosition.toLocaleString(document.documentElement.lang)]) : '');
        canvas.dataset.renderMs = String(Math.round(performance.now() - started));
        canvas.dataset.pageMs = String(Math.round(performance.now()));
        canvas.dataset.lines = String(lines);
        canvas.dataset.rendered = 'true';
    }).catch(function (error) {
        summary.textContent = host.dataset.textFailed;
        console.error(error);
    });
})();
