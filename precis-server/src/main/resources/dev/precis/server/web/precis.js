// Shows a cited passage next to its citation (click, hover or keyboard focus) instead of jumping
// to the "Cited passages" list, which is where the links lead when this script does not run.
(function () {
  'use strict';
  var pop = document.createElement('div');
  pop.id = 'popover';
  pop.setAttribute('role', 'dialog');
  pop.setAttribute('aria-label', 'Cited passage');
  pop.hidden = true;
  document.body.appendChild(pop);
  var pinned = null;
  var refocusing = false;

  function passageFor(link) {
    var id = (link.getAttribute('href') || '').slice(1);
    return id ? document.getElementById(id) : null;
  }

  function show(link, pin) {
    var passage = passageFor(link);
    if (!passage) return;
    var copy = passage.cloneNode(true);
    copy.removeAttribute('id');
    pop.replaceChildren(copy);
    pop.hidden = false;
    var r = link.getBoundingClientRect();
    var width = pop.offsetWidth;
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    pop.style.left = left + 'px';
    pop.style.top = (r.bottom + window.scrollY + 6) + 'px';
    pinned = pin ? link : pinned;
  }

  function hide() {
    pop.hidden = true;
    pinned = null;
  }

  function citeOf(node) {
    return node && node.closest ? node.closest('a.cite') : null;
  }

  document.addEventListener('click', function (e) {
    var link = citeOf(e.target);
    if (link) {
      e.preventDefault();
      if (pinned === link) hide(); else { pinned = null; show(link, true); }
    } else if (!pop.contains(e.target)) {
      hide();
    }
  });
  document.addEventListener('mouseover', function (e) {
    var link = citeOf(e.target);
    if (link && !pinned) show(link, false);
  });
  document.addEventListener('mouseout', function (e) {
    if (citeOf(e.target) && !pinned) hide();
  });
  document.addEventListener('focusin', function (e) {
    var link = citeOf(e.target);
    if (link && !pinned && !refocusing) show(link, false);
  });
  document.addEventListener('focusout', function (e) {
    if (citeOf(e.target) && !pinned) hide();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !pop.hidden) {
      var back = pinned;
      hide();
      if (back) { refocusing = true; back.focus(); refocusing = false; }
    }
  });
})();
