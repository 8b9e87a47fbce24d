// Puts the focus where a keyboard or screen-reader user needs it once a form was sent. The server renders the error
// wiring (Forms/ErrorSummaryTagHelper.cs, Forms/FieldErrorTagHelpers.cs); this script only moves the focus:
// after a refused submit to the error summary (or the first refused field when the summary lists no field errors),
// after a change to the message the page shows (Pages/Shared/_StatusMessage.cshtml).
(function () {
    function fieldFor(link) {
        var target = document.getElementById(link.getAttribute('href').slice(1));
        if (target) {
            return target;
        }
        // Groups of checkboxes or radio buttons have no element with the field's own id: take the first of them.
        return Array.prototype.find.call(document.getElementsByName(link.dataset.field || ''), function (element) {
            return element.type !== 'hidden';
        }) || null;
    }

    document.querySelectorAll('[data-error-summary] a[data-field]').forEach(function (link) {
        var field = fieldFor(link);
        if (!field) {
            link.replaceWith(document.createTextNode(link.textContent));
            return;
        }
        if (!field.id) {
            field.id = link.dataset.field.replace(/[^A-Za-z0-9_-]/g, '_');
        }
        link.setAttribute('href', '#' + field.id);
        link.addEventListener('click', function (event) {
            event.preventDefault();
            var label = document.querySelector('label[for="' + field.id + '"]') || field;
            label.scrollIntoView({ block: 'center' });
            field.focus({ preventScroll: true });
        });
    });

    // A message id the server pointed at but did not render (a field without asp-validation-for) is dropped.
    document.querySelectorAll('[aria-invalid="true"][aria-describedby]').forEach(function (field) {
        var ids = field.getAttribute('aria-describedby').split(/\s+/).filter(function (id) {
            return id && document.getElementById(id);
        });
        if (ids.length) {
            field.setAttribute('aria-describedby', ids.join(' '));
        } else {
            field.removeAttribute('aria-describedby');
        }
    });

    var target = document.querySelector('[data-error-summary].validation-summary-errors')
        || document.querySelector('main [aria-invalid="true"]')
        || document.querySelector('[data-page-feedback]');
    if (target) {
        target.focus();
    }
})();
