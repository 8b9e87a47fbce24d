// Suggests partner cities while the user types and remembers the chosen city's id in a hidden field.
// Without JavaScript the form still works: the server looks the typed name up.
(function () {
    document.querySelectorAll('[data-partner-search]').forEach(function (input) {
        var list = document.getElementById(input.getAttribute('list'));
        var hidden = document.querySelector(input.dataset.partnerId);
        var url = input.dataset.partnerSearch;
        var ids = {};
        var timer;

        function remember() {
            // Absent while the page offers namesakes to choose from: the chosen radio button carries the id.
            if (hidden) {
                hidden.value = ids[input.value] || '';
            }
        }

        input.addEventListener('input', function () {
            remember();
            clearTimeout(timer);
            var query = input.value.trim();
            if (query.length < 2 || ids[input.value]) {
                return;
            }
            timer = setTimeout(function () {
                fetch(url + '&q=' + encodeURIComponent(query), { headers: { 'Accept': 'application/json' } })
                    .then(function (response) { return response.ok ? response.json() : []; })
                    .then(function (cities) {
                        list.replaceChildren();
                        cities.forEach(function (city) {
                            ids[city.label] = city.id;
                            var option = document.createElement('option');
                            option.value = city.label;
                            list.appendChild(option);
                        });
                    });
            }, 200);
        });
        input.addEventListener('change', remember);
    });
})();
