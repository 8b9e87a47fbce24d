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

    var refused = document.querySelector('[data-error-summary].validation-summary-errors')
        || document.querySelector('main [aria-invalid="true"]');
    var feedback = document.querySelector('[data-page-feedback]');
    var fragment = location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (refused) {
        refused.focus();
    } else if (feedback && fragment) {
        // A change that leads back to part of a page ("Details#activities"): the browser scrolls there when the page has
        // loaded and takes the focus away; the message gets it back afterwards and the view stays where the change shows.
        window.addEventListener('load', function () {
            setTimeout(function () { feedback.focus({ preventScroll: true }); }, 0);
        });
    } else if (feedback) {
        feedback.focus();
    }
})();
