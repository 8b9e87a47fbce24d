// Draws each dashboard chart from the data table next to it (one source for both: the table is what screen readers,
// print and the tests read), and wires the print button. Without JavaScript the tables and bars remain.
(function () {
    var palette = ['#1d4f91', '#c8102e', '#1a7f37', '#b45309', '#6b21a8', '#0e7490'];

    function number(cell) {
        var value = parseFloat(cell.dataset.value);
        return isNaN(value) ? 0 : value;
    }

    document.querySelectorAll('canvas[data-chart-for]').forEach(function (canvas) {
        var table = document.getElementById(canvas.dataset.chartFor);
        if (!table || typeof Chart === 'undefined') {
            return;
        }

        // Columns marked no-chart (e.g. who entered a row) are for the table only.
        var headers = Array.prototype.map.call(table.querySelectorAll('thead th:not(.no-chart)'), function (th) { return th.textContent.trim(); });
        var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
        var labels = rows.map(function (row) { return row.querySelector('th').textContent.trim(); });
        var datasets = headers.slice(1).map(function (header, index) {
            return {
                label: header,
                data: rows.map(function (row) { return number(row.querySelectorAll('td:not(.no-chart)')[index]); }),
                backgroundColor: palette[index % palette.length],
                borderColor: palette[index % palette.length],
            };
        });

        new Chart(canvas, {
            type: table.dataset.chart || 'bar',
            data: { labels: labels, datasets: datasets },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                locale: document.documentElement.lang || 'en',
                plugins: { legend: { position: 'bottom' } },
                scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
            },
        });
        canvas.dataset.chartReady = 'true';
    });

    // The printed report carries the numbers, not only the pictures: open the tables for printing, then close them again.
    var closedForPrint = [];
    window.addEventListener('beforeprint', function () {
        closedForPrint = Array.prototype.filter.call(document.querySelectorAll('details.chart-data'), function (d) { return !d.open; });
        closedForPrint.forEach(function (d) { d.open = true; });
    });
    window.addEventListener('afterprint', function () {
        closedForPrint.forEach(function (d) { d.open = false; });
    });

    document.querySelectorAll('[data-print]').forEach(function (button) {
        button.addEventListener('click', function () { window.print(); });
    });
})();
