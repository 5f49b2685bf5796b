// Keys on the desk lead's pages (review in context, disagreements). The pages work without
// this file; with it, an element with data-key="x" answers the key x:
//   data-key-action="click"  a link or a button that takes one step (take a label, skip, next);
//   data-key-action="focus"  a consequential button or a field: focused, Enter then acts;
//   data-key-action="open"   a <details>: opened, its first field focused.
(function () {
  "use strict";

  function typing(target) {
    return target instanceof Element && target.closest("input, textarea, select, [contenteditable]");
  }

  // On a phone the panel is a sheet over the lower part of the page: bring the sentence under
  // review above it, as the workspace does.
  const current = document.querySelector(".ws-sentence.current");
  if (current) current.scrollIntoView({block: "nearest"});

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(event.target)) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    const target = document.querySelector(`[data-key="${CSS.escape(event.key)}"]`);
    if (!target) return;
    event.preventDefault();
    const action = target.dataset.keyAction || "click";
    if (action === "focus") {
      target.focus();
    } else if (action === "open") {
      target.open = true;
      const field = target.querySelector("input, select, textarea, button");
      if (field) field.focus();
    } else {
      target.click();
    }
  });
})();
