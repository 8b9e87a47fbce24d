// The partner city field as a WAI-ARIA 1.2 combobox (list autocomplete): suggestions while the user types, chosen
// with the arrow keys and Enter or with the mouse; Escape closes the list; the number of suggestions is announced
// through a polite live region. The chosen city's id goes into a hidden field. Without JavaScript the form still
// works: the server looks the typed name up and offers namesakes to choose from, never taking one silently.
(function () {
    document.querySelectorAll('[data-partner-search]').forEach(function (input) {
        var listbox = document.getElementById(input.getAttribute('aria-controls'));
        var status = document.getElementById(input.dataset.status);
        var hidden = document.querySelector(input.dataset.partnerId);
        var url = input.dataset.partnerSearch;
        var ids = {};
        var active = -1;
        var timer;
        var request = 0;

        function options() {
            return listbox.querySelectorAll('[role=option]');
        }

        function remember() {
            // Absent while the page offers namesakes to choose from: the chosen radio button carries the id.
            if (hidden) {
                hidden.value = ids[input.value] || '';
            }
        }

        function announce(count) {
            var text = count === 0 ? input.dataset.countNone : count === 1 ? input.dataset.countOne : input.dataset.countMany;
            status.textContent = text.replace('{0}', count);
        }

        function open() {
            if (options().length > 0) {
                listbox.hidden = false;
                input.setAttribute('aria-expanded', 'true');
            }
        }

        function close() {
            listbox.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            activate(-1);
        }

        function activate(index) {
            var all = options();
            active = index;
            all.forEach(function (option, i) {
                option.setAttribute('aria-selected', i === index ? 'true' : 'false');
            });
            if (index >= 0 && index < all.length) {
                input.setAttribute('aria-activedescendant', all[index].id);
                all[index].scrollIntoView({ block: 'nearest' });
            } else {
                input.removeAttribute('aria-activedescendant');
            }
        }

        function choose(option) {
            input.value = option.textContent;
            ids[input.value] = option.dataset.id;
            remember();
            close();
            input.focus();
        }

        function show(cities) {
            listbox.replaceChildren();
            cities.forEach(function (city, index) {
                ids[city.label] = city.id;
                var option = document.createElement('li');
                option.id = listbox.id + '-' + index;
                option.setAttribute('role', 'option');
                option.setAttribute('aria-selected', 'false');
                option.dataset.id = city.id;
                option.textContent = city.label;
                listbox.appendChild(option);
            });
            activate(-1);
            announce(cities.length);
            if (cities.length > 0) {
                open();
            } else {
                close();
            }
        }

        input.addEventListener('input', function () {
            remember();
            clearTimeout(timer);
            var query = input.value.trim();
            if (query.length < 2 || ids[input.value]) {
                close();
                return;
            }
            timer = setTimeout(function () {
                var mine = ++request;
                fetch(url + '&q=' + encodeURIComponent(query), { headers: { 'Accept': 'application/json' } })
                    .then(function (response) { return response.ok ? response.json() : []; })
                    .then(function (cities) {
                        if (mine === request) {
                            show(cities);
                        }
                    });
            }, 200);
        });

        input.addEventListener('keydown', function (event) {
            var count = options().length;
            var expanded = !listbox.hidden;
            switch (event.key) {
                case 'ArrowDown':
                    event.preventDefault();
                    if (!expanded) {
                        open();
                        activate(event.altKey || count === 0 ? -1 : 0);
                    } else if (count > 0) {
                        activate((active + 1) % count);
                    }
                    break;
                case 'ArrowUp':
                    event.preventDefault();
                    if (!expanded) {
                        open();
                        activate(count - 1);
                    } else if (count > 0) {
                        activate(active <= 0 ? count - 1 : active - 1);
                    }
                    break;
                case 'Enter':
                    if (expanded && active >= 0) {
                        event.preventDefault(); // choose, do not send the form
                        choose(options()[active]);
                    }
                    break;
                case 'Escape':
                    if (expanded) {
                        event.preventDefault();
                        close();
                    }
                    break;
            }
        });

        input.addEventListener('blur', close);

        // Keeps the focus in the field while the mouse presses an option, so that blur does not close the list first.
        listbox.addEventListener('mousedown', function (event) {
            event.preventDefault();
        });
        listbox.addEventListener('click', function (event) {
            var option = event.target.closest('[role=option]');
            if (option) {
                choose(option);
            }
        });
        listbox.addEventListener('mousemove', function (event) {
            var option = event.target.closest('[role=option]');
            if (option) {
                activate(Array.prototype.indexOf.call(options(), option));
            }
        });
    });
})();
