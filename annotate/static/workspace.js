// The reviewer's workspace: keyboard shortcuts, saving as you go, moving in the page.
// The page works without this file (its form posts and re-renders); this adds
// single-key labelling, saves each change through the JSON API within about a second,
// shows both values when a save is refused as stale (409), and moves between sentences
// without reloading the article: the panel of the next sentence comes from the API, and
// further sentences are added to the list as they are needed.
// Offsets that leave or enter this file are Unicode code points (Python str indices), as the
// server and the dataset count them, never UTF-16 code units.
// An ended session loses nothing: every change is kept in this tab's sessionStorage (by task
// and sentence) until a save confirms it; a save refused for the session (401, or a stale CSRF
// token) asks to log in again in the page or in another tab, then saves what was kept, with
// the version it was made from (a change made meanwhile is a conflict, never overwritten).
(function () {
  "use strict";

  const root = document.getElementById("workspace");
  const form = document.getElementById("ws-form");
  if (!root || !form) return;

  let csrf = document.querySelector('meta[name="csrf-token"]').content;
  let apiUrl = root.dataset.apiUrl;
  let sentenceStart = Number(root.dataset.sentenceStart);
  const $ = (id) => document.getElementById(id);
  const SAVE_DELAY_MS = 400;
  const MAX_EVIDENCE = Number(root.dataset.maxEvidence) || 20;   // evidence items a save takes
  const WHOLE_SENTENCE = "the whole sentence (select text in it, or use [ ] and Shift+arrows, to narrow)";
  let timer = null;
  let saving = false;
  let dirty = false;
  let pendingConflict = null;
  let inflight = Promise.resolve();   // the save under way, if any
  let lockedMessage = root.dataset.readOnly ? $("ws-read-only").textContent.trim() : null;

  function say(text) { $("ws-save-state").textContent = text; }

  // --- code points --------------------------------------------------------------------------

  function codePointLength(text) {
    let count = 0;
    for (const _ of text) count += 1;   // iterates by code point, not by UTF-16 unit
    return count;
  }

  // The text of [start, end) (article offsets in code points) inside the current sentence.
  function sentenceSlice(start, end) {
    const text = $("ws-current-text");
    if (!text) return "";
    return Array.from(text.textContent).slice(start - sentenceStart, end - sentenceStart).join("");
  }

  // --- reading and writing the form ---------------------------------------------------------

  function checked(name) {
    const input = form.querySelector(`input[name="${name}"]:checked`);
    return input ? input.value : "";
  }

  function setChoice(name, value) {
    if (refused()) return;
    const input = form.querySelector(`input[name="${name}"][value="${value}"]`);
    if (input) { input.checked = true; changed(); }
  }

  function evidenceItems() {
    return Array.from($("ws-evidence-list").children)
      .filter((li) => !li.querySelector('input[type=checkbox]:checked'))
      .map((li) => ({ url: li.dataset.url, quote: li.dataset.quote || "" }));
  }

  function spanValue() {
    const start = $("ws-span-start").value, end = $("ws-span-end").value;
    if (start === "" || end === "" || $("ws-clear-span").checked) return null;
    return { start: Number(start), end: Number(end) };
  }

  // Set the span fields to a span (code points) or none, and show it.
  function setSpan(span) {
    $("ws-span-start").value = span ? span.start : "";
    $("ws-span-end").value = span ? span.end : "";
    $("ws-clear-span").checked = false;
    showSpan();
  }

  function showSpan() {
    const span = spanValue();
    $("ws-span-text").textContent = span ? "“" + sentenceSlice(span.start, span.end) + "”" : WHOLE_SENTENCE;
    $("ws-clear-span-label").hidden = $("ws-span-start").value === "";
  }

  // --- sources: the box's text is what counts. Every save sends it as source_name and the
  // server resolves it as the registry compares names (annotate/names.py): that rule has no
  // copy here. A name the registry does not have is refused (never saved as "the article
  // itself"); choosing a kind then adds it.

  let unknownSource = null;   // the label the last save was refused for, if any
  let lookAlikeName = null;   // the new name the panel asks about ("Xinhau" for "Xinhua"), if any

  function state() {
    return {
      version: Number($("ws-version").value),
      claim_type: checked("claim_type") || null,
      status: checked("status") || "unverified",
      source_name: sourceBox.value.trim() || null,
      note: $("ws-note").value,
      evidence: evidenceItems(),
      span: spanValue(),
    };
  }

  function show(annotation) {
    $("ws-version").value = annotation.version;
    form.querySelectorAll('input[name="claim_type"]').forEach((i) => { i.checked = i.value === (annotation.claim_type || ""); });
    form.querySelectorAll('input[name="status"]').forEach((i) => { i.checked = i.value === annotation.status; });
    $("ws-source").value = annotation.source ? annotation.source.name : "";
    $("ws-note").value = annotation.note;
    const list = $("ws-evidence-list");
    list.replaceChildren(...annotation.evidence.map(evidenceElement));
    setSpan(annotation.span);
    sourceBox.removeAttribute("aria-invalid");
    updateBadges(annotation);
  }

  function evidenceElement(item) {
    const li = document.createElement("li");
    li.dataset.url = item.url;
    li.dataset.quote = item.quote || "";
    const link = document.createElement("a");
    link.href = item.url;            // only http(s) reach here: the server refuses the rest
    link.rel = "noopener noreferrer";
    link.target = "_blank";
    link.referrerPolicy = "no-referrer";
    link.textContent = item.url;
    li.append(link);
    if (item.quote) { const q = document.createElement("q"); q.textContent = item.quote; li.append(" ", q); }
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "secondary small";
    remove.textContent = "remove";
    remove.addEventListener("click", () => { li.remove(); changed(); });
    li.append(" ", remove);
    return li;
  }

  // A sentence's badges in the list: its labels (``source`` a name) and the comments on it.
  function showBadges(item, labels) {
    const comments = Number(item.dataset.comments || 0);
    item.classList.toggle("decided", Boolean(labels.claim_type));
    item.classList.toggle("commented", comments > 0);
    const parts = [];
    if (labels.claim_type) parts.push(["claim-" + labels.claim_type, labels.claim_type.replaceAll("_", " ")]);
    if (labels.source) parts.push(["source", labels.source]);
    if (labels.status !== "unverified") parts.push(["status-" + labels.status, labels.status]);
    if (comments) parts.push(["comment", `${comments} comment${comments > 1 ? "s" : ""}`]);
    item.querySelector(".badges").replaceChildren(...parts.map(([cls, text]) => {
      const span = document.createElement("span");
      span.className = "badge " + cls;
      span.textContent = text;
      return span;
    }));
  }

  function updateBadges(annotation) {
    const item = document.getElementById("s" + root.dataset.sentenceId);
    if (!item) return;
    const wasDecided = item.classList.contains("decided");
    showBadges(item, { ...annotation, source: annotation.source ? annotation.source.name : null });
    if (wasDecided !== Boolean(annotation.claim_type)) {
      const bar = $("ws-progress");
      bar.value = Number(bar.value) + (annotation.claim_type ? 1 : -1);
      $("ws-progress-text").textContent = `${bar.value} / ${bar.max} decided`;
      showUndecided(bar.max - bar.value);
    }
  }

  function undecidedSentences(count) { return `${count} undecided sentence${count === 1 ? "" : "s"}`; }

  // The submit form's count follows the progress: its "submit anyway" box goes at none left.
  function showUndecided(count) {
    const submitForm = $("ws-submit-form");
    if (!submitForm) return;
    submitForm.dataset.undecided = String(count);
    $("ws-confirm-label").hidden = count === 0;
    $("ws-undecided").textContent = undecidedSentences(count);
    if (count === 0) $("ws-confirm").checked = false;
  }

  // --- saving -------------------------------------------------------------------------------

  // A submitted or accepted task is read-only: say so instead of changing anything.
  function refuseWhenLocked() {
    if (lockedMessage === null) return false;
    say("not saved: " + lockedMessage);
    return true;
  }

  // While a step is under way the panel still shows the sentence being left: no change now.
  function refused() {
    if (wantedId !== shownId) { say("opening the sentence…"); return true; }
    return refuseWhenLocked();
  }

  function lock(message) {
    lockedMessage = message;
    keep(shownId, null);   // nothing can be saved here any more
    clearTimeout(timer);
    dirty = false;   // nothing more can be saved here; leaving must not be held up
    $("ws-fields").disabled = true;
    $("ws-read-only").textContent = message;
    $("ws-read-only").hidden = false;
    if ($("ws-submit-form")) $("ws-submit-form").hidden = true;
    refuseWhenLocked();
  }

  function changed() {
    if (refused()) return;
    dirty = true;
    keep(shownId, state());
    if (loginNeeded) { askLogin(); return; }   // kept; saved once the session is back
    say("unsaved…");
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  }

  // Save the panel now (a save under way: again when it is done); the promise of the save.
  function save() {
    if (saving) { clearTimeout(timer); timer = setTimeout(save, SAVE_DELAY_MS); return inflight; }
    if (pendingConflict || refuseWhenLocked()) return Promise.resolve();
    if (loginNeeded) { dirty = true; askLogin(); return Promise.resolve(); }
    inflight = send();
    return inflight;
  }

  async function send() {
    saving = true;
    dirty = false;
    const sent = state(), sentId = shownId;
    $("ws-save-state").textContent = "saving…";
    try {
      const response = await fetch(apiUrl, {
        method: "PUT",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf, "Accept": "application/json" },
        body: JSON.stringify(sent),
        credentials: "same-origin",
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        tokenRefreshed = false;
        $("ws-version").value = body.version;
        keep(sentId, dirty ? state() : null);   // a change made meanwhile is kept on the new version
        updateBadges(body);
        unknownSource = null;
        sourceBox.removeAttribute("aria-invalid");
        if (!dirty) {
          setSpan(body.span);   // a ticked "whole sentence" is now no span at all
          sourceBox.value = body.source ? body.source.name : "";   // an alias shows as the name
        }
        say(dirty ? "unsaved…" : "saved");
      } else if (sessionEnded(response, body)) {
        dirty = true;
        await sessionLost();
      } else if (unregistered(response, body, sent)) {
        refuseUnknownSource(sent.source_name);
      } else if (response.status === 409) {
        if (taskIsClosed(body)) lock(body.error.message);
        else conflict(sent, body.error.details.current);
      } else if (taskTakenAway(response.status, body.error)) {
        lock(body.error.message);   // revoked or reassigned: nothing more can be saved here
      } else {
        dirty = true;
        const details = body.error ? Object.values(body.error.details || {}).join("; ") : "";
        $("ws-save-state").textContent = "not saved: " + (body.error ? body.error.message : response.status) + (details ? " " + details : "");
      }
    } catch (error) {
      dirty = true;
      $("ws-save-state").textContent = "not saved (network): will retry";
      timer = setTimeout(save, 2000);
    } finally {
      saving = false;
    }
  }

  // A 422 that refuses the typed source name: it is not in the registry.
  function unregistered(response, body, sent) {
    return response.status === 422 && Boolean(sent.source_name) &&
      Boolean(((body.error || {}).details || {}).source_name);
  }

  function refuseUnknownSource(label) {
    dirty = true;
    unknownSource = label;
    sourceBox.setAttribute("aria-invalid", "true");
    if (label === lookAlikeName) { say(`not saved: “${label}” looks like a registered source; choose below`); return; }
    if ($("ws-new-kind").value) { createSource(label, $("ws-new-kind").value); return; }
    say(`not saved: “${label}” is not in the registry; pick a source from the list, ` +
        "or choose a kind to add it, or empty the box for the article itself");
  }

  // A 409 is either a stale version (code "conflict") or a task no longer open, submitted or
  // accepted (code "task_closed"): only the first is a conflict to resolve.
  function taskIsClosed(body) {
    return Boolean(body.error) && body.error.code === "task_closed";
  }

  // A 404 that says the task was revoked or given to someone else (``details.task``), as
  // opposed to a sentence that is not there: the panel locks with the server's message.
  function taskTakenAway(status, error) {
    return status === 404 && Boolean(error) && Boolean((error.details || {}).task);
  }

  function describe(a) {
    return [
      "claim type: " + (a.claim_type || "undecided"),
      "source: " + (a.source ? a.source.name : (a.source_name || "the article itself")),
      "status: " + a.status,
      "note: " + (a.note || ""),
      "evidence: " + (a.evidence.map((e) => e.url).join(", ") || "none"),
      "span: " + (a.span ? "“" + sentenceSlice(a.span.start, a.span.end) + "”" : "the whole sentence"),
    ].join("\n");
  }

  function conflict(mine, theirs) {
    if (describe(mine) === describe({ ...theirs, source_name: theirs.source ? theirs.source.name : null })) {
      show(theirs);   // the same values are stored already (a kept change saved before its answer came)
      keep(shownId, null);
      dirty = false;
      say("saved");
      return;
    }
    pendingConflict = { mine, theirs };
    $("ws-conflict-mine").textContent = describe(mine);
    $("ws-conflict-theirs").textContent = describe(theirs);
    $("ws-conflict").hidden = false;
    say("not saved: changed elsewhere");
  }

  $("ws-keep-mine").addEventListener("click", () => {
    const { theirs } = pendingConflict;
    pendingConflict = null;
    $("ws-conflict").hidden = true;
    $("ws-version").value = theirs.version;   // save ours on top of the version we now know
    save();
  });

  $("ws-take-theirs").addEventListener("click", () => {
    const { theirs } = pendingConflict;
    pendingConflict = null;
    $("ws-conflict").hidden = true;
    show(theirs);
    dirty = false;
    keep(shownId, null);
    $("ws-save-state").textContent = "saved";
  });

  // --- an ended session ---------------------------------------------------------------------

  const KEPT_KEY = "annotate.kept." + root.dataset.taskId;
  const loginUrl = $("ws-relogin-form") ? $("ws-relogin-form").action : "/login";
  let loginNeeded = false;     // the session ended: changes are kept until a login brings it back
  let tokenRefreshed = false;  // a fresh token was fetched since the last save that went through

  // The changes not yet saved, by sentence id: { url, state } (``state`` as sent to the API).
  function keptAll() {
    try { return JSON.parse(sessionStorage.getItem(KEPT_KEY) || "{}"); } catch (error) { return {}; }
  }

  function keep(id, edit) {
    const all = keptAll();
    if (edit) all[id] = { url: panelApiUrl(id), state: edit };
    else delete all[id];
    try {
      if (Object.keys(all).length) sessionStorage.setItem(KEPT_KEY, JSON.stringify(all));
      else sessionStorage.removeItem(KEPT_KEY);
    } catch (error) { /* storage full or refused: the change is still in the page */ }
  }

  function panelApiUrl(id) { return apiUrl.replace(/\/sentences\/\d+\/annotation$/, `/sentences/${id}/annotation`); }

  // A kept change of the sentence shown goes back into the panel and is saved again.
  function restoreKept() {
    const edit = keptAll()[shownId];
    if (!edit || lockedMessage !== null) return;
    const kept = edit.state;
    show({ ...kept, source: kept.source_name ? { name: kept.source_name } : null });
    dirty = true;
    say("unsaved changes kept from before: saving…");
    clearTimeout(timer);
    timer = setTimeout(save, 0);
  }

  // 401: no session (it ended, or the secret changed); 400 "csrf": the page's token is stale
  // (a login or logout in another tab).
  function sessionEnded(response, body) {
    return response.status === 401 || ((body.error || {}).code === "csrf");
  }

  // A stale token is replaced silently when the session is still there; else a login is asked.
  async function sessionLost() {
    const token = tokenRefreshed ? null : await freshToken().catch(() => null);
    tokenRefreshed = true;
    if (token) { useToken(token); timer = setTimeout(save, 0); return; }
    askLogin();
  }

  // The token of this page fetched again, or null when the session is gone (the login page).
  async function freshToken() {
    const response = await fetch(pageUrl(shownId), { headers: { Accept: "text/html" }, credentials: "same-origin" });
    if (!response.ok || new URL(response.url).pathname === new URL(loginUrl).pathname) return null;
    return tokenIn(await response.text());
  }

  function tokenIn(html) {
    const meta = new DOMParser().parseFromString(html, "text/html").querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : null;
  }

  // The page's forms (submit, log out) and its API calls all use the new token.
  function useToken(token) {
    csrf = token;
    document.querySelector('meta[name="csrf-token"]').content = token;
    document.querySelectorAll('input[name="csrf_token"]').forEach((input) => { input.value = token; });
  }

  function askLogin() {
    loginNeeded = true;
    clearTimeout(timer);
    $("ws-relogin").hidden = false;
    say("not saved yet: your session has ended; log in again (your changes are kept)");
  }

  // The login form in the page: a fresh token from the login page, then the login itself,
  // which leads back to this page (its token is the session's new one).
  async function logInAgain(event) {
    event.preventDefault();
    const state = $("ws-relogin-state");
    state.textContent = "logging in…";
    try {
      const page = await fetch(loginUrl, { credentials: "same-origin" });
      const html = await page.text();
      if (new URL(page.url).pathname !== new URL(loginUrl).pathname) {   // logged in elsewhere already
        if (page.ok && tokenIn(html)) { resume(tokenIn(html)); return; }
      }
      const field = new DOMParser().parseFromString(html, "text/html").querySelector('input[name="csrf_token"]');
      const body = new URLSearchParams({ csrf_token: field ? field.value : "",
        username: $("ws-relogin-username").value, password: $("ws-relogin-password").value });
      const next = new URL(loginUrl);
      next.searchParams.set("next", pageUrl(shownId));
      const response = await fetch(next, { method: "POST", body, credentials: "same-origin" });
      const answer = await response.text();
      if (response.ok && new URL(response.url).pathname !== next.pathname && tokenIn(answer)) { resume(tokenIn(answer)); return; }
      const doc = new DOMParser().parseFromString(answer, "text/html");
      const reason = doc.querySelector(".flash-error, .field-error, .login-notice, .error-description");
      state.textContent = "not logged in: " + (reason ? reason.textContent.trim() : `the server answered ${response.status}`);
    } catch (error) {
      state.textContent = "not logged in (network): try again";
    }
  }

  // The session is back: save what was kept, here and on other sentences.
  function resume(token) {
    useToken(token);
    loginNeeded = false;
    tokenRefreshed = false;
    const hadFocus = $("ws-relogin").contains(document.activeElement);
    $("ws-relogin").hidden = true;
    $("ws-relogin-password").value = "";
    $("ws-relogin-state").textContent = "";
    if (hadFocus) focusPanel();
    say(dirty ? "logged in again: saving…" : "logged in again");
    if (dirty) { clearTimeout(timer); timer = setTimeout(save, 0); }
    saveKeptElsewhere();
  }

  // Changes kept on other sentences (made before a step, or before a reload) are saved with the
  // version they were made from; one that is refused (a conflict) waits until its sentence is
  // opened again, where the panel shows both values.
  async function saveKeptElsewhere() {
    const waiting = [];
    for (const [id, edit] of Object.entries(keptAll())) {
      if (id === shownId) continue;
      const response = await fetch(edit.url, {
        method: "PUT", body: JSON.stringify(edit.state), credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf, Accept: "application/json" },
      }).catch(() => null);
      if (response && response.ok) { keep(id, null); continue; }
      const body = response ? await response.json().catch(() => ({})) : {};
      if (response && sessionEnded(response, body)) { askLogin(); return; }
      if (response && taskTakenAway(response.status, body.error)) { lock(body.error.message); return; }
      const item = document.getElementById("s" + id);
      waiting.push(item ? Number(item.dataset.position) + 1 : id);
    }
    if (waiting.length) say(`kept changes of sentence ${waiting.join(", ")} not saved: open it to see why`);
  }

  $("ws-relogin-form").addEventListener("submit", logInAgain);
  // Logged in again in another tab: noticed when this one is looked at again.
  const noticeLogin = () => {
    if (!loginNeeded || document.visibilityState === "hidden") return;
    freshToken().then((token) => { if (token && loginNeeded) resume(token); }).catch(() => {});
  };
  window.addEventListener("focus", noticeLogin);
  document.addEventListener("visibilitychange", noticeLogin);

  // --- fields -------------------------------------------------------------------------------

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = event.submitter && event.submitter.id === "ws-save-next";
    clearTimeout(timer);
    save().then(() => { if (next && !dirty && !pendingConflict) step(1); });
  });
  form.querySelectorAll('input[type=radio]').forEach((input) => input.addEventListener("change", changed));
  $("ws-note").addEventListener("input", changed);
  $("ws-clear-span").addEventListener("change", () => { showSpan(); changed(); });

  const sourceBox = $("ws-source");
  function sourceChanged() {
    if (refused()) return;
    closeLookAlike();
    sourceBox.removeAttribute("aria-invalid");
    changed();
  }
  sourceBox.addEventListener("change", sourceChanged);
  $("ws-new-kind").addEventListener("change", () => {
    const label = sourceBox.value.trim();
    if (label && label === unknownSource && $("ws-new-kind").value) createSource(label, $("ws-new-kind").value);
  });

  // Register a new source (the reviewer's proposal), then save with it. A name that looks like a
  // registered one ("Xinhau" for "Xinhua") is refused until ``confirm``ed: the panel asks.
  async function createSource(name, kind, confirm = false) {
    const response = await fetch(root.dataset.sourcesUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
      body: JSON.stringify(confirm ? { name, kind, confirm: true } : { name, kind }),
      credentials: "same-origin",
    });
    const body = await response.json().catch(() => ({}));
    const details = (body.error || {}).details || {};
    if (response.status === 422 && details.confirm && !confirm) {
      askLookAlike(name, kind, details.name || body.error.message);
      return;
    }
    if (response.status !== 201) {
      const reasons = Object.values(details).join("; ");
      say("not saved: source not added: " + (reasons || (body.error ? body.error.message : response.status)));
      return;
    }
    ahead = null;   // a suggestion fetched ahead may not know the new source
    const option = document.createElement("option");
    option.value = body.name;
    $("ws-source-list").append(option);
    unknownSource = null;
    sourceBox.value = body.name;
    sourceBox.removeAttribute("aria-invalid");
    const fromKindList = document.activeElement === $("ws-new-kind");
    $("ws-new-kind").value = "";
    changed();
    if (fromKindList) focusPanel();   // added from the keyboard: j, k and the label keys work again
  }

  // The registered names a refused new name looks like, read from the server's message
  // (services/sources.py, LookAlike: "“Xinhau” looks like “Xinhua”; “X” (an alias of “Y”): use
  // that source, …"), each source once; none when the message is worded otherwise.
  function lookAlikeNames(message) {
    const listed = /^“.*?” looks like (.*): use that source/s.exec(message);
    const names = [];
    for (const match of (listed ? listed[1] : "").matchAll(/“([^”]*)”(?: \(an alias of “([^”]*)”\))?/g)) {
      const name = match[2] || match[1];
      if (!names.includes(name)) names.push(name);
    }
    return names;
  }

  // Ask which source was meant: each registered one it looks like (fills the box, then saves),
  // or the new name anyway (registers it with ``confirm``). The first choice takes the focus;
  // Esc goes back to the source box.
  function askLookAlike(name, kind, message) {
    closeLookAlike();
    lookAlikeName = name;
    const box = element("div", "look-alike");
    box.id = "ws-look-alike";
    box.setAttribute("role", "group");
    box.setAttribute("aria-labelledby", "ws-look-alike-message");
    const text = element("p", "", message);
    text.id = "ws-look-alike-message";
    const choices = lookAlikeNames(message).map((existing) => {
      const use = element("button", "small", `Use “${existing}” instead`);
      use.type = "button";
      use.addEventListener("click", () => useInstead(existing));
      return use;
    });
    const anyway = element("button", "secondary small", `Use “${name}” anyway`);
    anyway.type = "button";
    anyway.id = "ws-look-alike-confirm";
    anyway.addEventListener("click", async () => {
      if (refused()) return;
      anyway.disabled = true;
      await createSource(name, kind, true);
      closeLookAlike();
      focusPanel();
    });
    box.append(text, ...choices, anyway);
    box.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      closeLookAlike();
      sourceBox.focus();
      sourceBox.select();
    });
    $("ws-new-kind").closest("label").after(box);
    (choices[0] || anyway).focus();
    say(`not saved: “${name}” looks like a registered source; choose below`);
  }

  function useInstead(existing) {
    if (refused()) return;
    sourceBox.value = existing;
    unknownSource = null;
    $("ws-new-kind").value = "";
    sourceChanged();
    focusPanel();
  }

  function closeLookAlike() {
    lookAlikeName = null;
    if ($("ws-look-alike")) $("ws-look-alike").remove();
  }

  // Once a prompt of the panel is answered, the focus goes to the panel's title: out of every
  // field (j, k and the label keys work at once), and where a screen reader expects it.
  function focusPanel() {
    const title = document.querySelector(".ws-panel-title");
    title.tabIndex = -1;
    title.focus({ preventScroll: true });
  }

  // --- checked before: the verdict the same claim got elsewhere, copied by one key ----------

  function showEarlier(earlier) {
    const box = $("ws-checked-before");
    box.replaceChildren();
    box.hidden = !earlier;
    box.dataset.copy = earlier && earlier.status ? JSON.stringify({
      claim_type: earlier.claim_type, status: earlier.status, source: earlier.source, evidence: earlier.evidence }) : "";
    if (!earlier) return;
    if (earlier.status) {
      const line = element("p");
      const articles = `${earlier.articles} article${earlier.articles === 1 ? "" : "s"}`;
      line.append("Checked before: ", element("strong", `badge status-${earlier.status}`, earlier.status), ` — ${articles}`);
      if (earlier.source) line.append(` · source ${earlier.source}`);
      if (earlier.evidence.length) line.append(` · ${earlier.evidence.length} evidence link${earlier.evidence.length === 1 ? "" : "s"}`);
      if (earlier.conflict) {
        const others = Object.entries(earlier.verdicts).filter(([status]) => status !== earlier.status)
          .map(([status, count]) => `${status} ${count}`).join(", ");
        line.append(" · ", element("strong", "badge disputed", `judged differently too: ${others}`));
      }
      line.append(" ", reuseButton());
      box.append(line);
    }
    for (const check of earlier.fact_checks) {
      const line = element("p", "fact-checked", `Fact-checked by ${check.organisation}: `);
      const link = element("a", "", "their review");
      Object.assign(link, { href: check.url, rel: "noopener noreferrer", target: "_blank" });
      line.append(element("strong", "", check.rating), " ", link);
      box.append(line);
    }
  }

  function reuseButton() {
    const button = element("button", "secondary small", "Use this verdict ");
    Object.assign(button, { type: "button", id: "ws-reuse" });
    button.append(element("kbd", "", "r"));
    return button;
  }

  // Copy the earlier verdict into the form (claim type, status, source, evidence not there yet);
  // saved like any change.
  function reuseEarlier() {
    const copy = $("ws-checked-before").dataset.copy;
    if (!copy || refused()) return;
    const earlier = JSON.parse(copy);
    if (earlier.claim_type) form.querySelectorAll('input[name="claim_type"]').forEach((i) => { i.checked = i.value === earlier.claim_type; });
    form.querySelectorAll('input[name="status"]').forEach((i) => { i.checked = i.value === earlier.status; });
    sourceBox.value = earlier.source || "";   // none: the article itself, as decided
    const have = new Set(evidenceItems().map((item) => item.url + "\n" + item.quote));
    const room = Math.max(0, MAX_EVIDENCE - evidenceItems().length);   // the save refuses more
    $("ws-evidence-list").append(...earlier.evidence.filter((item) => !have.has(item.url + "\n" + (item.quote || "")))
      .slice(0, room).map(evidenceElement));
    changed();
    say("verdict copied from the earlier check");
  }
  if ($("ws-reuse")) $("ws-reuse").hidden = false;
  form.addEventListener("click", (event) => {
    if (event.target.closest("#ws-reuse")) { event.preventDefault(); reuseEarlier(); }
  });

  function acceptSuggestion() {
    const suggestion = $("ws-suggestion");
    if (!suggestion || refused()) return;
    sourceBox.value = suggestion.dataset.source;
    sourceChanged();
  }
  form.addEventListener("click", (event) => {   // the suggestion changes with the sentence
    if (event.target.closest("#ws-accept")) { event.preventDefault(); acceptSuggestion(); }
  });

  function addEvidence() {
    const url = $("ws-evidence-url").value.trim();
    if (!url || refused()) return;
    if (!/^https?:\/\/[^\s/]+/i.test(url)) {
      $("ws-save-state").textContent = "only http and https links are accepted";
      return;
    }
    $("ws-evidence-list").append(evidenceElement({ url, quote: $("ws-evidence-quote").value.trim() }));
    $("ws-evidence-url").value = "";
    $("ws-evidence-quote").value = "";
    changed();
  }
  $("ws-evidence-add").hidden = false;
  $("ws-evidence-add").addEventListener("click", addEvidence);
  [$("ws-evidence-url"), $("ws-evidence-quote")].forEach((input) => input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") { event.preventDefault(); addEvidence(); }
  }));
  // Existing items get JavaScript remove buttons instead of the form's checkboxes.
  Array.from($("ws-evidence-list").children).forEach((li) => li.replaceWith(evidenceElement({ url: li.dataset.url, quote: li.dataset.quote })));
  form.querySelector('input[name="evidence_count"]').value = "0";

  // A selection inside the current sentence becomes its narrower span, counted in code
  // points from the sentence's start (whitespace at either end of the selection left out).
  document.addEventListener("mouseup", () => {
    const text = $("ws-current-text");
    const selection = window.getSelection();
    if (!text || !selection || selection.isCollapsed || selection.rangeCount !== 1) return;
    const range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
    const before = document.createRange();
    before.selectNodeContents(text);
    before.setEnd(range.startContainer, range.startOffset);
    const raw = range.toString(), selected = raw.trim();
    if (!selected) return;
    const start = sentenceStart + codePointLength(before.toString()) + codePointLength(raw.slice(0, raw.length - raw.trimStart().length));
    const span = { start, end: start + codePointLength(selected) };
    const shown = spanValue();
    if (shown && shown.start === span.start && shown.end === span.end) return;   // nothing new
    if (refused()) return;
    setSpan(span);
    changed();
  });

  // --- keyboard -----------------------------------------------------------------------------

  // The keys and the guidelines are modal <dialog>s: the browser keeps the focus inside and
  // closes them on Esc; the focus goes back to where it was before.
  function toggleDialog(dialog, open) {
    if (!dialog) return;
    const wanted = open === undefined ? !dialog.open : open;
    if (wanted && !dialog.open) {
      dialog.opener = document.activeElement;
      dialog.showModal();
    } else if (!wanted && dialog.open) dialog.close();
  }

  function modal(dialog) {
    if (!dialog) return;
    dialog.addEventListener("close", () => {
      const opener = dialog.opener;
      dialog.opener = null;
      if (opener && opener !== document.body && opener.isConnected) opener.focus({ preventScroll: true });
    });
    // A click on the backdrop (the dialog itself, around its box) closes it.
    dialog.addEventListener("click", (event) => { if (event.target === dialog) dialog.close(); });
  }

  const help = $("ws-help");
  const guidelines = $("ws-guidelines");   // the article's collections' guidelines: "g" opens them
  [help, guidelines].forEach(modal);
  function toggleHelp(open) { toggleDialog(help, open); }
  function toggleGuidelines(open) { toggleDialog(guidelines, open); }
  $("ws-help-button").addEventListener("click", () => toggleHelp());
  if ($("ws-guidelines-button")) {
    $("ws-guidelines-button").addEventListener("click", (event) => { event.preventDefault(); toggleGuidelines(); });
  }

  // --- narrowing the span by keyboard: each end moves a word at a time -----------------------

  // The words of the current sentence as [start, end) article offsets (code points).
  function words() {
    const text = $("ws-current-text");
    const found = [];
    let start = null;
    Array.from(text ? text.textContent : "").forEach((char, index) => {
      const space = /\s/u.test(char);
      if (!space && start === null) start = index;
      if (space && start !== null) { found.push([start, index]); start = null; }
    });
    if (start !== null && text) found.push([start, Array.from(text.textContent).length]);
    return found.map(([from, to]) => [from + sentenceStart, to + sentenceStart]);
  }

  // Move the span's ``edge`` ("start" or "end") one word in ``direction`` (-1 or 1); the span
  // keeps at least one word, and all of them is the whole sentence (no span).
  function moveSpan(edge, direction) {
    if (refused()) return;
    const list = words();
    if (!list.length) return;
    const span = spanValue() || { start: list[0][0], end: list[list.length - 1][1] };
    let first = list.findIndex((word) => word[1] > span.start);
    let last = list.length - 1 - [...list].reverse().findIndex((word) => word[0] < span.end);
    if (first < 0) first = 0;
    if (last >= list.length) last = list.length - 1;
    if (edge === "start") first = Math.min(Math.max(first + direction, 0), last);
    else last = Math.max(Math.min(last + direction, list.length - 1), first);
    const whole = first === 0 && last === list.length - 1;
    const next = whole ? null : { start: list[first][0], end: list[last][1] };
    const shown = spanValue();
    if ((next === null && shown === null) || (next && shown && next.start === shown.start && next.end === shown.end)) {
      say(`the span's ${edge} cannot move further that way`);
      return;
    }
    setSpan(next);   // the span's text is announced (aria-live)
    changed();
  }

  $("ws-span-keys").hidden = false;
  $("ws-span-keys").addEventListener("click", (event) => {
    const button = event.target.closest("button[data-edge]");
    if (button) moveSpan(button.dataset.edge, Number(button.dataset.direction));
  });

  const CLAIM_KEYS = { c: "checkable", m: "minor", n: "not_a_claim", u: "" };
  const STATUS_KEYS = { 1: "unverified", 2: "supported", 3: "refuted", 4: "misleading", 5: "unverifiable" };

  document.addEventListener("keydown", (event) => {
    const field = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName);
    const typing = field && event.target.type !== "radio" && event.target.type !== "checkbox";
    const overlayOpen = help.open || Boolean(guidelines && guidelines.open);
    if (overlayOpen && !["Escape", "?", "g"].includes(event.key)) return;   // shortcuts wait; Tab, Enter work
    if (event.key === "Escape") {
      toggleHelp(false);
      toggleGuidelines(false);
      if (typing) { if (event.target === sourceBox) sourceChanged(); event.target.blur(); }
      return;
    }
    if (typing) {
      if (event.target === sourceBox && event.key === "Enter") { event.preventDefault(); sourceChanged(); sourceBox.blur(); }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (field && event.key.startsWith("Arrow")) return;   // radios keep them
    const key = event.key;
    let handled = true;
    if (event.shiftKey && (key === "ArrowLeft" || key === "ArrowRight")) moveSpan("end", key === "ArrowLeft" ? -1 : 1);
    else if (key === "[" || key === "]") moveSpan("start", key === "[" ? -1 : 1);
    else if (key === "?") { toggleGuidelines(false); toggleHelp(); }
    else if (key === "g") { toggleHelp(false); toggleGuidelines(); }
    else if (key === "j" || key === "ArrowDown") step(1);
    else if (key === "k" || key === "ArrowUp") step(-1);
    else if (key in CLAIM_KEYS) setChoice("claim_type", CLAIM_KEYS[key]);
    else if (key in STATUS_KEYS) setChoice("status", STATUS_KEYS[key]);
    else if (key === "s" || key === "/") { sourceBox.focus(); sourceBox.select(); }
    else if (key === "a") acceptSuggestion();
    else if (key === "r") reuseEarlier();
    else if (key === "e") $("ws-evidence-url").focus();
    else if (key === "o") $("ws-note").focus();
    else if (key === "S") $("ws-submit").focus();   // then Enter submits
    else handled = false;
    if (handled) event.preventDefault();
  });

  window.addEventListener("beforeunload", (event) => {
    if (dirty || saving || pendingConflict) { event.preventDefault(); event.returnValue = ""; }
  });

  if ($("ws-submit-form")) $("ws-submit-form").addEventListener("submit", (event) => {
    const undecided = Number($("ws-submit-form").dataset.undecided);
    if (undecided > 0) {
      const still = `${undecided === 1 ? "1 sentence is" : undecided + " sentences are"} still undecided`;
      if (!window.confirm(`${still}. Submit anyway?`)) { event.preventDefault(); return; }
      $("ws-confirm").checked = true;
    }
  });

  // --- moving between sentences -------------------------------------------------------------
  // j/k, the previous/next links and a click in the list change the current sentence in the
  // page: the last change is saved first, the panel is filled from the API (the next
  // sentence's fetched ahead), and the address changes so that reload and back open it.

  const list = $("ws-sentences");
  const windowBefore = Number(root.dataset.windowBefore), windowAfter = Number(root.dataset.windowAfter);
  const MARGIN = 10;   // sentences kept in the list beyond the current one, where there are any
  let total = Number(root.dataset.total);
  let shownId = root.dataset.sentenceId;   // the sentence the panel shows
  let wantedId = shownId;                  // the one a step is opening
  let moves = 0;                           // steps begun: the last one wins
  let ahead = null;                        // { id, panel } the next sentence's panel, fetched ahead
  let listVersion = 0;                     // changes when the list is replaced by another window
  const growing = {};                      // the list's fetches under way, by direction

  function pageUrl(id) { return `${root.dataset.pageUrl}?s=${id}`; }
  function panelUrl(id) { return `${root.dataset.sentencesUrl}/${id}`; }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw Object.assign(new Error(body.error ? body.error.message : String(response.status)),
        { status: response.status, error: body.error });
    }
    return body;
  }

  function fetchAhead(id) {
    ahead = id ? { id: String(id), panel: getJson(panelUrl(id)).catch(() => null) } : null;
  }

  async function panelOf(id) {
    const early = ahead && ahead.id === id ? ahead.panel : null;
    ahead = null;
    return (early && await early) || getJson(panelUrl(id));
  }

  // Let the last change be saved first; false when it was not (the step then waits).
  async function settle() {
    clearTimeout(timer);
    await inflight;
    if (dirty && lockedMessage === null && !pendingConflict) await save();
    if (loginNeeded) return !pendingConflict;   // the change is kept, and saved after the login
    return !dirty && !pendingConflict;
  }

  // Open sentence ``id``; true once its panel is shown.
  async function moveTo(id, push = true) {
    id = String(id || "");
    if (!id || id === wantedId) return false;
    if (pendingConflict) { say("not moved: choose between the two values first"); return false; }
    const ticket = ++moves;
    wantedId = id;
    let panel = null;
    try {
      if (await settle()) panel = await panelOf(id);
      if (panel && ticket === moves) await listed(panel.sentence);
    } catch (error) {
      if (ticket === moves && error.status === 401) askLogin();
      else if (ticket === moves && taskTakenAway(error.status, error.error)) lock(error.message);
      else if (ticket === moves) say("could not open that sentence: " + error.message);
      panel = null;
    }
    if (ticket !== moves) return false;   // a later step took over
    if (!panel) { wantedId = shownId; return false; }
    showPanel(panel);
    if (push) history.pushState({ sentenceId: shownId }, "", pageUrl(shownId));
    fetchAhead(panel.next_id);
    return true;
  }

  // The sentence before or after the one shown (or being opened): the list's neighbour.
  function step(direction) {
    const from = document.getElementById("s" + wantedId);
    const sibling = from && (direction > 0 ? from.nextElementSibling : from.previousElementSibling);
    const link = $(direction > 0 ? "ws-next" : "ws-prev");
    const id = sibling ? sibling.dataset.sentenceId : (wantedId === shownId && !link.hidden ? link.dataset.sentenceId : "");
    if (id) moveTo(id);
  }

  function showPanel(panel) {
    const sentence = panel.sentence;
    const before = document.getElementById("s" + shownId);
    if (before) makeCurrent(before, false);
    const item = document.getElementById("s" + sentence.id);
    item.dataset.comments = sentence.comments;
    makeCurrent(item, true);
    shownId = wantedId = root.dataset.sentenceId = String(sentence.id);
    root.dataset.sentenceStart = sentence.start;
    root.dataset.sentenceEnd = sentence.end;
    sentenceStart = sentence.start;
    apiUrl = root.dataset.apiUrl = apiUrl.replace(/\/sentences\/\d+\/annotation$/, `/sentences/${sentence.id}/annotation`);
    form.action = form.action.replace(/\/sentences\/\d+$/, "/sentences/" + sentence.id);
    document.querySelector(".ws-panel-title").textContent = `Sentence ${sentence.position + 1}`;
    document.querySelector(".ws-panel").setAttribute("aria-label", `Annotation of sentence ${sentence.position + 1}`);
    form.querySelectorAll(".field-error").forEach((error) => error.remove());
    closeLookAlike();
    if ($("ws-conflict-server")) $("ws-conflict-server").remove();
    $("ws-conflict").hidden = true;
    showComments(panel.comments);
    show(panel.annotation);
    dirty = false;   // a change of the sentence left is saved, or kept until a login
    unknownSource = null;
    $("ws-new-kind").value = "";
    $("ws-evidence-url").value = "";
    $("ws-evidence-quote").value = "";
    showSuggestion(panel.suggestion);
    showEarlier(panel.checked_before);
    showNeighbour($("ws-prev"), panel.previous_id);
    showNeighbour($("ws-next"), panel.next_id);
    showHistory(panel.history);
    say("");
    restoreKept();
    item.scrollIntoView({ block: "nearest" });
    keepMargin(item);
  }

  // The current sentence is no link, so its text can be selected with the mouse.
  function makeCurrent(item, current) {
    const link = item.querySelector(".ws-link");
    const replacement = document.createElement(current ? "div" : "a");
    replacement.className = "ws-link";
    if (!current) replacement.href = pageUrl(item.dataset.sentenceId);
    replacement.append(...link.childNodes);
    link.replaceWith(replacement);
    item.classList.toggle("current", current);
    const text = item.querySelector(".text");
    if (current) text.id = "ws-current-text";
    else text.removeAttribute("id");
  }

  function showNeighbour(link, id) {
    link.hidden = !id;
    link.dataset.sentenceId = id || "";
    link.href = id ? pageUrl(id) : "";
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function showComments(comments) {
    $("ws-comment-list").replaceChildren(...comments.map((comment) => {
      const li = element("li", "", comment.body + " ");
      li.append(element("span", "comment-meta", "— " + (comment.author || "an admin")));
      return li;
    }));
    $("ws-comments").hidden = comments.length === 0;
  }

  function showSuggestion(suggestion) {
    if ($("ws-suggestion")) $("ws-suggestion").remove();
    if (!suggestion) return;
    const box = element("p", "suggestion");
    box.id = "ws-suggestion";
    box.dataset.source = suggestion.source;
    const accept = element("button", "secondary small", "Accept ");
    Object.assign(accept, { type: "submit", name: "accept_source", value: suggestion.source, id: "ws-accept" });
    accept.append(element("kbd", "", "a"));
    box.append("Suggested: ", element("strong", "", suggestion.source),
      (suggestion.cue ? ` (“${suggestion.cue}”)` : "") + ` · ${Math.trunc(suggestion.confidence * 100)}% `, accept);
    sourceBox.closest(".field").append(box);
  }

  // The same list as templates/_history.html.
  function showHistory(events) {
    const details = element("details", "history");
    details.id = "ws-history";
    details.open = $("ws-history").open;
    details.append(element("summary", "", `History (${events.length})`));
    const items = element("ol");
    items.append(...events.map((event) => {
      const after = event.after || {};
      const li = element("li");
      li.append(element("time", "", event.at.slice(0, 19).replace("T", " ")),
        ` ${event.who || "system"} ${event.action}: ${after.claim_type || "undecided"}, ` +
        `${(after.source || {}).name || "the article itself"}, ${after.status} (v${after.version})`);
      return li;
    }));
    details.append(items);
    $("ws-history").replaceWith(details);
  }

  // --- the list: a window of the article, grown at either end as it is needed ---------------

  function sentenceItem(row) {
    const item = element("li", `ws-sentence kind-${row.kind}`);
    item.id = "s" + row.id;
    Object.assign(item.dataset, { sentenceId: row.id, position: row.position, comments: row.comments });
    const link = element("a", "ws-link");
    link.href = pageUrl(row.id);
    link.append(element("span", "num", String(row.position + 1)), " ", element("span", "kind", row.kind), " ",
      element("span", "text", row.text), " ", element("span", "badges"));
    link.querySelector(".text").dir = "auto";  // as the page's own items: right to left where the text is
    item.append(link);
    showBadges(item, row);
    return item;
  }

  function sentencesUrl(from, limit) { return `${root.dataset.sentencesUrl}?from=${from}&limit=${limit}`; }

  // The sentence of a step is in the list, or the list becomes the window around it.
  async function listed(sentence) {
    if (document.getElementById("s" + sentence.id)) return;
    const from = Math.max(0, sentence.position - windowBefore);
    const body = await getJson(sentencesUrl(from, windowBefore + 1 + windowAfter));
    listVersion += 1;
    total = body.total;
    list.replaceChildren(...body.items.map(sentenceItem));
    showEnds();
  }

  function grow(direction) {
    if (growing[direction] || !list.children.length) return;
    const later = direction === "later";
    const edge = Number((later ? list.lastElementChild : list.firstElementChild).dataset.position);
    const from = later ? edge + 1 : Math.max(0, edge - windowAfter);
    const limit = later ? windowAfter : edge - from;
    if (limit <= 0 || from >= total) return;
    const version = listVersion;
    growing[direction] = getJson(sentencesUrl(from, limit)).then((body) => {
      if (version !== listVersion) return;
      total = body.total;
      const fresh = body.items.filter((row) => !document.getElementById("s" + row.id)).map(sentenceItem);
      if (later) list.append(...fresh);
      else list.prepend(...fresh);   // the browser keeps what is on screen in place
      showEnds();
    }).catch(() => say("could not load more sentences")).finally(() => { growing[direction] = null; });
  }

  function showEnds() {
    const first = list.firstElementChild, last = list.lastElementChild;
    $("ws-earlier").hidden = !first || Number(first.dataset.position) === 0;
    $("ws-later").hidden = !last || Number(last.dataset.position) >= total - 1;
  }

  function keepMargin(item) {
    const items = Array.from(list.children), index = items.indexOf(item);
    if (index + MARGIN >= items.length && !$("ws-later").hidden) grow("later");
    if (index < MARGIN && !$("ws-earlier").hidden) grow("earlier");
  }

  list.addEventListener("click", (event) => {
    const link = event.target.closest("a.ws-link");
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    moveTo(link.closest("li").dataset.sentenceId);
  });
  [$("ws-prev"), $("ws-next")].forEach((link, index) => link.addEventListener("click", (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    step(index ? 1 : -1);
  }));
  [$("ws-earlier"), $("ws-later")].forEach((link) => link.addEventListener("click", (event) => {
    event.preventDefault();
    grow(link.dataset.direction);
  }));
  if ("IntersectionObserver" in window) {   // scrolled to the end of the list: more of it
    new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !$("ws-later").hidden) grow("later");
    }).observe($("ws-later"));
  }

  window.addEventListener("popstate", (event) => {
    const id = String((event.state && event.state.sentenceId) || new URLSearchParams(location.search).get("s") || "");
    moveTo(id, false).then(() => {   // a step refused (an unsaved change): the address says where we are
      if (wantedId === shownId && id !== shownId) history.pushState({ sentenceId: shownId }, "", pageUrl(shownId));
    });
  });
  history.replaceState({ sentenceId: shownId }, "", pageUrl(shownId));   // a reload opens this one

  const current = document.getElementById("s" + shownId);
  if (current) {
    current.scrollIntoView({ block: "nearest" });
    keepMargin(current);
  }
  fetchAhead($("ws-next").dataset.sentenceId);
  restoreKept();   // a change kept before a reload (or an ended session) comes back
  if (Object.keys(keptAll()).some((id) => id !== shownId)) saveKeptElsewhere();
})();
