// "Only rows that need attention": hides the rows that will be imported as they are. Without JavaScript every row shows.
(function () {
    document.querySelectorAll('[data-filter-rows]').forEach(function (toggle) {
        var table = document.querySelector(toggle.dataset.filterRows);
        toggle.addEventListener('change', function () {
            table.querySelectorAll('tbody tr').forEach(function (row) {
                row.hidden = toggle.checked && row.dataset.attention !== 'true';
            });
        });
    });
})();
