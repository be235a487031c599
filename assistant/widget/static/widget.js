/*
 * The assistant's chat widget. Embed it with one tag:
 *   <script src="https://HOST/widget.js" data-key="wk-asst-..." data-title="Ask HR" async></script>
 * Optional: data-user-token (a token your server signs for the signed-in user), data-allowed-hosts (hosts that
 * source links may point to, besides the widget's own; "docs.example.com *.intranet.example.com"),
 * data-max-tokens. From your page's script: AssistantWidget.setUserToken(token), .signOut(), .open(), .close().
 *
 * Everything lives in a shadow root styled by a constructed stylesheet, so the host page's CSP needs no
 * 'unsafe-inline'. Answers are built as DOM nodes from a small Markdown subset; no HTML from the server is
 * ever parsed, and nothing is loaded from anywhere but the widget's own host.
 */
(function () {
  "use strict";
  if (!window.customElements || window.AssistantWidget) return;

  var TAG = "assistant-widget";
  var script = document.currentScript || Array.prototype.find.call(document.scripts, function (s) {
    return /\/widget\.js(?:[?#]|$)/.test(s.src);
  });
  if (!script || !script.src) return;

  var BASE = new URL(".", script.src);
  var IDLE_MS = 30 * 60 * 1000;
  var MAX_STORED = 60;
  var cfg = {
    key: (script.dataset.key || "").trim(),
    title: (script.dataset.title || "Assistant").trim().slice(0, 80) || "Assistant",
    userToken: (script.dataset.userToken || "").trim(),
    maxTokens: parseInt(script.dataset.maxTokens || "", 10) || null,
    hosts: (script.dataset.allowedHosts || "").toLowerCase().split(/[\s,]+/).filter(Boolean),
  };
  if (!cfg.key) {
    console.warn("assistant widget: the script tag has no data-key; the widget is not shown");
    return;
  }

  // ---------------------------------------------------------------- links

  function hostAllowed(u) {
    if (u.host === BASE.host) return true;
    var host = u.hostname.toLowerCase();
    return cfg.hosts.some(function (h) {
      if (h.indexOf("*.") === 0) return host.length > h.length - 1 && host.slice(-(h.length - 1)) === h.slice(1);
      return h.indexOf(":") >= 0 ? u.host.toLowerCase() === h : host === h;
    });
  }

  /** An absolute http(s) URL to an allowed host, or null: file paths and everything else stay plain text. */
  function safeHref(raw) {
    var u;
    try { u = new URL(String(raw || "").trim()); } catch (e) { return null; }
    if ((u.protocol !== "http:" && u.protocol !== "https:") || u.username || u.password) return null;
    return hostAllowed(u) ? u.href : null;
  }

  // ---------------------------------------------------------------- Markdown, as DOM nodes

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (attrs[k] === null || attrs[k] === undefined || attrs[k] === false) return;
      if (k === "text") node.textContent = attrs[k];
      else if (k === "class") node.className = attrs[k];
      else node.setAttribute(k, attrs[k] === true ? "" : attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }

  function link(href, label, title) {
    return el("a", { href: href, target: "_blank", rel: "noopener noreferrer nofollow", referrerpolicy: "no-referrer",
                     title: title || null }, [label]);
  }

  // Only asterisks mark emphasis: underscores are too common inside names (__init__, snake_case).
  var INLINE = /(`+)([^`][\s\S]*?)\1|\*\*([^*][\s\S]*?)\*\*|\*([^*\s][^*]*?)\*|\[([^\]\n]+)\]\(([^()\s]+)\)|\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]|(https?:\/\/[^\s<>()\]]*[^\s<>()\].,;:!?'"])/;

  function inline(text, ctx, parent) {
    var rest = text;
    while (rest) {
      var m = INLINE.exec(rest);
      if (!m) { addText(parent, rest); break; }
      if (m.index) addText(parent, rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
      if (m[1]) parent.appendChild(el("code", { text: m[2] }));
      else if (m[3]) parent.appendChild(inline(m[3], ctx, el("strong")));
      else if (m[4]) parent.appendChild(inline(m[4], ctx, el("em")));
      else if (m[5]) {
        var href = safeHref(m[6]);
        if (href) parent.appendChild(link(href, m[5]));
        else parent.appendChild(inline(m[5], ctx, document.createDocumentFragment()));
      } else if (m[7]) {
        m[7].split(",").forEach(function (n) { parent.appendChild(citationRef(parseInt(n, 10), ctx)); });
      } else if (m[8]) {
        var bare = safeHref(m[8]);
        parent.appendChild(bare ? link(bare, m[8]) : document.createTextNode(m[8]));
      }
    }
    return parent;
  }

  function addText(parent, text) {
    text.split("\n").forEach(function (line, i) {
      if (i) parent.appendChild(el("br"));
      if (line) parent.appendChild(document.createTextNode(line));
    });
  }

  function citationRef(n, ctx) {
    var c = (ctx.citations || []).find(function (x) { return x.number === n; });
    if (!c) return document.createTextNode("[" + n + "]");
    var href = safeHref(c.uri);
    return href ? el("sup", { class: "ref" }, [link(href, "[" + n + "]", c.title)])
                : el("sup", { class: "ref", title: c.title }, ["[" + n + "]"]);
  }

  var LIST_ITEM = /^\s{0,3}([-*+]|\d{1,3}[.)])\s+(.*)$/;

  function renderMarkdown(text, ctx) {
    var out = document.createDocumentFragment();
    var lines = String(text || "").replace(/\r\n?/g, "\n").split("\n");
    var para = [], list = null, lastItem = null;
    function flushPara() {
      if (para.length) out.appendChild(inline(para.join("\n"), ctx, el("p")));
      para = [];
    }
    function endList() { list = null; lastItem = null; }
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i];
      if (/^\s*```/.test(line)) {
        flushPara(); endList();
        var code = [];
        for (i++; i < lines.length && !/^\s*```/.test(lines[i]); i++) code.push(lines[i]);
        out.appendChild(el("pre", null, [el("code", { text: code.join("\n") })]));
        continue;
      }
      if (!line.trim()) { flushPara(); endList(); continue; }
      var heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
      if (heading) {
        flushPara(); endList();
        out.appendChild(el("p", { class: "heading" }, [inline(heading[1], ctx, el("strong"))]));
        continue;
      }
      var item = LIST_ITEM.exec(line);
      if (item) {
        flushPara();
        var ordered = /\d/.test(item[1]);
        if (!list || (list.tagName === "OL") !== ordered) {
          list = el(ordered ? "ol" : "ul", ordered && parseInt(item[1], 10) !== 1 ? { start: parseInt(item[1], 10) } : null);
          out.appendChild(list);
        }
        lastItem = inline(item[2], ctx, el("li"));
        list.appendChild(lastItem);
        continue;
      }
      if (lastItem && /^\s+\S/.test(line)) { inline(" " + line.trim(), ctx, lastItem); continue; }
      endList();
      para.push(line);
    }
    flushPara();
    return out;
  }

  // ---------------------------------------------------------------- state across reloads

  function hash(s) {
    var h = 5381;
    for (var i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0;
    return (h >>> 0).toString(36);
  }

  var STORE_KEY = "assistant-widget:" + hash(BASE.href + "|" + cfg.key);

  /** Who the token says the user is, only to notice a change of user; the server verifies the token. */
  function identity(token) {
    if (!token) return "";
    try {
      var part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      var claims = JSON.parse(atob(part + "===".slice((part.length + 3) % 4)));
      return "user:" + String(claims.sub || claims.email || hash(token));
    } catch (e) {
      return "token:" + hash(token);
    }
  }

  function emptyState() { return { v: 1, who: identity(cfg.userToken), conversation_id: null, messages: [], updated: 0 }; }

  function load() {
    try {
      var s = JSON.parse(sessionStorage.getItem(STORE_KEY) || "null");
      if (s && s.v === 1 && Array.isArray(s.messages) && Date.now() - (s.updated || 0) < IDLE_MS) return s;
      sessionStorage.removeItem(STORE_KEY);
    } catch (e) { /* storage disabled or corrupt: start afresh */ }
    return emptyState();
  }

  function save(state) {
    state.updated = Date.now();
    var keep = state.messages.filter(function (m) { return m.role !== "error" && !m.pending; }).slice(-MAX_STORED);
    try {
      sessionStorage.setItem(STORE_KEY, JSON.stringify({ v: 1, who: state.who, conversation_id: state.conversation_id,
                                                         messages: keep, updated: state.updated }));
    } catch (e) { /* storage full or disabled: the conversation just won't survive a reload */ }
  }

  function forget() { try { sessionStorage.removeItem(STORE_KEY); } catch (e) { /* nothing stored */ } }

  // ---------------------------------------------------------------- talking to the API

  function WidgetError(kind, message, retryAfter) { this.kind = kind; this.message = message; this.retryAfter = retryAfter; }

  function headers() {
    var h = { "Content-Type": "application/json", "Authorization": "Bearer " + cfg.key };
    if (cfg.userToken) h["X-User-Token"] = cfg.userToken;
    return h;
  }

  function post(path, body, signal) {
    return fetch(new URL(path, BASE).href, {
      method: "POST", headers: headers(), body: JSON.stringify(body), signal: signal, mode: "cors",
      credentials: "omit", cache: "no-store", referrerPolicy: "no-referrer",
    }).catch(function (e) {
      if (e && e.name === "AbortError") throw e;
      throw new WidgetError("network", "");
    });
  }

  async function failure(res) {
    var detail = "";
    try { detail = ((await res.json()).error || {}).message || ""; } catch (e) { /* not JSON */ }
    var retry = parseInt(res.headers.get("Retry-After") || "", 10);
    return new WidgetError(res.status, detail, isNaN(retry) ? null : retry);
  }

  function describe(err) {
    if (!(err instanceof WidgetError)) return "Something went wrong. Please try again.";
    switch (err.kind) {
      case "network": return "Can't reach the assistant. Check your connection and try again.";
      case 401: return cfg.userToken ? "Your sign-in could not be confirmed. Reload the page or sign in again."
                                     : "This chat is not set up correctly: its key was not accepted.";
      case 403: return "This site or account is not allowed to use the assistant.";
      case 404: return "This conversation has expired. Please ask again.";
      case 413: return "Your message is too long. Please shorten it.";
      case 429: return "The assistant is busy right now. Please try again" +
                       (err.retryAfter ? " in " + err.retryAfter + " seconds." : " in a moment.");
      case 503: return "The assistant is unavailable right now. Please try again later.";
      case 504: return "The assistant took too long to answer. Please try again.";
      case "stream":
        return "The answer was interrupted" + (err.message ? ": " + err.message.replace(/[.\s]+$/, "") : "") +
               ". Please try again.";
    }
    if (err.kind === 400 || err.kind === 422) return err.message || "The assistant could not handle that question.";
    return "Something went wrong (" + err.kind + "). Please try again.";
  }

  /** Server-Sent Events from a fetch body: calls onEvent(name, data) until `data: [DONE]` or the end. */
  async function readEvents(body, onEvent) {
    var reader = body.getReader();
    try {
      await pump(reader, onEvent);
    } finally {
      reader.cancel().catch(function () {});
    }
  }

  async function pump(reader, onEvent) {
    var decoder = new TextDecoder(), buf = "";
    for (;;) {
      var r;
      try {
        r = await reader.read();
      } catch (e) {
        if (e && e.name === "AbortError") throw e;
        throw new WidgetError("stream", "the connection was lost");
      }
      if (r.done) return;
      buf += decoder.decode(r.value, { stream: true });
      var held = buf.slice(-1) === "\r" ? "\r" : "";
      buf = buf.slice(0, buf.length - held.length).replace(/\r\n?/g, "\n") + held;
      var at;
      while ((at = buf.indexOf("\n\n")) >= 0) {
        var block = buf.slice(0, at);
        buf = buf.slice(at + 2);
        var name = "message", data = [];
        block.split("\n").forEach(function (line) {
          if (line.indexOf("event:") === 0) name = line.slice(6).trim();
          else if (line.indexOf("data:") === 0) data.push(line.slice(5).replace(/^ /, ""));
        });
        if (!data.length) continue;
        var text = data.join("\n");
        if (text === "[DONE]") return;
        var parsed;
        try { parsed = JSON.parse(text); } catch (e) { continue; }
        onEvent(name, parsed);
      }
    }
  }

  function guardNotes(findings, blocked) {
    var notes = [];
    function add(n) { if (notes.indexOf(n) < 0) notes.push(n); }
    (findings || []).forEach(function (f) {
      var words = String(f.guard || "").toLowerCase().split(/[^a-z]+/);
      var has = function (w) { return words.indexOf(w) >= 0; };
      if (f.verdict === "allow") return;
      if (has("pii") && f.verdict === "transform") add("Some personal data was masked.");
      else if (f.verdict === "block") add("Part of this answer was withheld by a safety check.");
      else if (has("grounding")) add("Parts of this answer may not be supported by the sources.");
      else if (has("bias")) add("This answer was flagged for possibly biased wording.");
      else if (has("ip") || has("watermark") || has("copyright")) add("This answer may contain protected content.");
      else if (has("injection")) add("Your question looked like an attempt to change the assistant's instructions.");
      else add("A safety check flagged this answer.");
    });
    if (blocked) add("This answer was withheld by a safety check.");
    return notes;
  }

  // ---------------------------------------------------------------- the element

  var CSS = [
    ":host{all:initial}",
    ".aw{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:#1b1b1b}",
    ".aw *{box-sizing:border-box}",
    "button{font:inherit;cursor:pointer}",
    ":focus-visible{outline:3px solid #1a73e8;outline-offset:2px}",
    ".vh{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}",
    ".launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;width:56px;height:56px;border-radius:50%;border:0;",
    "background:#0b57d0;color:#fff;box-shadow:0 4px 14px rgba(0,0,0,.25);display:flex;align-items:center;justify-content:center}",
    ".launcher:hover{background:#0842a0}",
    "svg{width:24px;height:24px;fill:currentColor}",
    ".panel{position:fixed;right:20px;bottom:88px;z-index:2147483001;width:380px;height:min(600px,calc(100vh - 108px));",
    "background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);display:flex;flex-direction:column;overflow:hidden}",
    ".panel[hidden]{display:none}",
    ".head{display:flex;align-items:center;gap:4px;padding:10px 8px 10px 16px;background:#0b57d0;color:#fff}",
    ".head h2{flex:1;margin:0;font-size:16px;font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}",
    ".icon{background:transparent;border:0;color:inherit;width:44px;height:44px;border-radius:8px;display:flex;align-items:center;justify-content:center}",
    ".icon:hover{background:rgba(255,255,255,.15)}",
    ".log{flex:1;overflow-y:auto;padding:12px 14px;display:flex;flex-direction:column;gap:12px;background:#f8f9fb}",
    ".empty{color:#4a4f57;margin:auto 0;text-align:center}",
    ".msg{max-width:92%}",
    ".msg.user{align-self:flex-end}",
    ".msg.user .bubble{background:#0b57d0;color:#fff;white-space:pre-wrap;border-bottom-right-radius:4px}",
    ".bubble{background:#fff;border:1px solid #dadce0;border-radius:12px;padding:8px 12px;overflow-wrap:anywhere}",
    ".msg.user .bubble{border-color:#0b57d0}",
    ".msg.bot .bubble{border-bottom-left-radius:4px}",
    ".bubble p{margin:0 0 6px}.bubble p:last-child{margin-bottom:0}",
    ".bubble ul,.bubble ol{margin:4px 0 6px;padding-left:22px}",
    ".bubble code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;background:#eef0f3;border-radius:4px;padding:0 3px}",
    // Wrapped, not scrolled: a scrolling block would need to be a tab stop of its own.
    ".bubble pre{background:#eef0f3;border-radius:6px;padding:8px;margin:4px 0;white-space:pre-wrap;overflow-wrap:anywhere}",
    ".bubble pre code{background:none;padding:0}",
    ".bubble a,.sources a{color:#0b57d0}",
    ".ref{font-size:.75em;margin-left:1px}",
    ".pending{color:#4a4f57;font-style:italic}",
    ".retracted{color:#4a4f57;font-style:italic}",
    ".notes p{margin:6px 0 0;padding:4px 8px;border-left:3px solid #a56c00;background:#fff8e1;color:#4d3800;font-size:13px}",
    ".sources{margin-top:6px;font-size:13px}",
    ".sources h3{font-size:13px;margin:0 0 2px;color:#3c4043}",
    ".sources ol{margin:0;padding-left:0;list-style:none}",
    ".sources li{margin:2px 0}",
    ".sources .uri,.sources .sec{color:#4a4f57;overflow-wrap:anywhere}",
    ".fb{display:flex;flex-wrap:wrap;align-items:center;gap:4px;margin-top:4px;font-size:13px;color:#4a4f57}",
    ".fb .thumb{background:#fff;border:1px solid #dadce0;border-radius:8px;width:36px;height:32px;color:#3c4043;display:flex;align-items:center;justify-content:center}",
    ".fb .thumb svg{width:18px;height:18px}",
    ".fb .thumb[aria-pressed=true]{background:#d3e3fd;border-color:#0b57d0;color:#0842a0}",
    ".fb .comment{flex-basis:100%;display:flex;flex-direction:column;gap:4px;margin-top:4px}",
    ".fb .comment[hidden],.fb .thanks[hidden],.fb .fberr[hidden]{display:none}",
    ".fb textarea{font:inherit;width:100%;min-height:52px;border:1px solid #80868b;border-radius:6px;padding:6px}",
    ".fb .send-comment{align-self:flex-end;background:#0b57d0;color:#fff;border:0;border-radius:6px;padding:6px 12px}",
    ".fb .thanks{flex-basis:100%;margin:2px 0 0}",
    ".fb .fberr{flex-basis:100%;margin:2px 0 0;color:#8c1d18}",
    ".msg.error{align-self:stretch;max-width:none}",
    ".msg.error p{margin:0;padding:8px 12px;border-radius:8px;background:#fce8e6;color:#8c1d18;border:1px solid #f4c7c3}",
    ".composer{display:flex;gap:8px;align-items:flex-end;padding:10px;border-top:1px solid #dadce0;background:#fff}",
    ".composer textarea{flex:1;font:inherit;resize:none;border:1px solid #80868b;border-radius:8px;padding:8px 10px;max-height:140px}",
    ".send{width:44px;height:44px;border:0;border-radius:8px;background:#0b57d0;color:#fff;display:flex;align-items:center;justify-content:center}",
    ".send:disabled{background:#80868b;cursor:default}",
    ".foot{margin:0;padding:0 12px 8px;background:#fff;font-size:12px;color:#4a4f57}",
    "@media (max-width:480px){",
    ".panel{inset:0;right:0;bottom:0;width:100%;height:100%;max-height:none;border-radius:0}",
    ".open .launcher{display:none}",
    ".msg{max-width:100%}",
    ".composer textarea{font-size:16px}",  // under 16px, phones zoom the page when the field gets focus
    "}",
    "@media (prefers-reduced-motion:no-preference){.launcher{transition:background .15s}}",
  ].join("\n");

  var ICONS = {
    chat: "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2zm2 5v2h12V9H6zm0 4v2h8v-2H6z",
    close: "M18.3 5.7 12 12l6.3 6.3-1.4 1.4L10.6 13.4 4.3 19.7 2.9 18.3 9.2 12 2.9 5.7 4.3 4.3l6.3 6.3 6.3-6.3z",
    send: "M3 20.5 21 12 3 3.5v6.6l12 1.9-12 1.9z",
    stop: "M6 6h12v12H6z",
    fresh: "M12 5V2L7 6l5 4V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z",
    up: "M2 21h4V9H2v12zM22 10a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6C6.2 8 6 8.5 6 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z",
    down: "M22 3h-4v12h4V3zM2 14a2 2 0 0 0 2 2h6.3l-1 4.6v.3c0 .4.2.8.4 1.1l1.1 1L17.4 16.4c.4-.4.6-.9.6-1.4V5a2 2 0 0 0-2-2H7c-.8 0-1.5.5-1.8 1.2l-3 7.1c-.1.2-.2.5-.2.7v2z",
  };

  function icon(name) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", ICONS[name]);
    svg.appendChild(path);
    return svg;
  }

  function styleRoot(root) {
    if ("adoptedStyleSheets" in Document.prototype && "replaceSync" in CSSStyleSheet.prototype) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      // Older browsers: a <style> element, which a host CSP without 'unsafe-inline' would refuse.
      root.appendChild(el("style", { text: CSS }));
    }
  }

  class Widget extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var root = this.attachShadow({ mode: "open" });
      styleRoot(root);
      this.state = load();
      this.views = new WeakMap();
      this.busy = null;
      this.build(root);
      this.renderLog();
    }

    build(root) {
      var title = cfg.title;
      this.launcher = el("button", { type: "button", class: "launcher", "aria-label": "Open " + title + " chat",
                                     "aria-expanded": "false", "aria-controls": "aw-panel" }, [icon("chat")]);
      this.input = el("textarea", { id: "aw-input", rows: 1, maxlength: 4000, placeholder: "Ask a question…",
                                    autocomplete: "off" });
      this.sendButton = el("button", { type: "button", class: "send", "aria-label": "Send" }, [icon("send")]);
      this.log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": "Conversation",
                             tabindex: "0" });
      this.status = el("p", { class: "vh", role: "status" });
      var fresh = el("button", { type: "button", class: "icon", "aria-label": "Start a new conversation",
                                 title: "New conversation" }, [icon("fresh")]);
      var close = el("button", { type: "button", class: "icon", "aria-label": "Close chat" }, [icon("close")]);
      this.panel = el("section", { id: "aw-panel", class: "panel", role: "dialog", "aria-modal": "false",
                                   "aria-labelledby": "aw-title", hidden: true }, [
        el("div", { class: "head" }, [el("h2", { id: "aw-title", text: title }), fresh, close]),
        this.log, this.status,
        el("div", { class: "composer" }, [el("label", { for: "aw-input", class: "vh", text: "Your question" }),
                                          this.input, this.sendButton]),
        el("p", { class: "foot", text: "Answers come from company documents and may be wrong; check the sources." }),
      ]);
      this.frame = el("aside", { class: "aw", "aria-label": title + " chat" }, [this.launcher, this.panel]);
      root.appendChild(this.frame);

      this.launcher.addEventListener("click", () => this.toggle());
      close.addEventListener("click", () => this.close());
      fresh.addEventListener("click", () => { this.stop(); this.reset(); this.input.focus(); });
      this.sendButton.addEventListener("click", () => (this.busy ? this.stop() : this.submit()));
      this.input.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); if (!this.busy) this.submit(); }
      });
      this.input.addEventListener("input", () => {
        this.input.rows = Math.min(5, Math.max(1, this.input.value.split("\n").length));
      });
      this.panel.addEventListener("keydown", (e) => {
        if (e.key === "Escape") { e.preventDefault(); e.stopPropagation(); this.close(); }
      });
    }

    get isOpen() { return !this.panel.hidden; }

    open() {
      if (this.isOpen) return;
      this.expireIfIdle();
      this.panel.hidden = false;
      this.frame.classList.add("open");
      this.launcher.setAttribute("aria-expanded", "true");
      this.launcher.setAttribute("aria-label", "Close " + cfg.title + " chat");
      this.scrollDown(true);
      this.input.focus();
    }

    close() {
      if (!this.isOpen) return;
      this.panel.hidden = true;
      this.frame.classList.remove("open");
      this.launcher.setAttribute("aria-expanded", "false");
      this.launcher.setAttribute("aria-label", "Open " + cfg.title + " chat");
      this.launcher.focus();
    }

    toggle() { return this.isOpen ? this.close() : this.open(); }

    expireIfIdle() {
      if (this.state.updated && Date.now() - this.state.updated > IDLE_MS && !this.busy) this.reset();
    }

    reset() {
      forget();
      this.state = emptyState();
      this.renderLog();
    }

    setUserToken(token) {
      cfg.userToken = String(token || "").trim();
      if (identity(cfg.userToken) !== this.state.who) { this.stop(); this.reset(); }
    }

    signOut() {
      cfg.userToken = "";
      this.stop();
      this.reset();
    }

    stop() { if (this.busy) this.busy.abort(); }

    say(text) { this.status.textContent = text; }

    scrollDown(force) {
      var log = this.log;
      if (force || log.scrollHeight - log.scrollTop - log.clientHeight < 80) log.scrollTop = log.scrollHeight;
    }

    renderLog() {
      this.log.replaceChildren();
      if (!this.state.messages.length) {
        this.log.appendChild(el("p", { class: "empty", text: "Ask a question about the company's documents." }));
      }
      this.state.messages.forEach((m) => this.log.appendChild(this.view(m)));
      this.scrollDown(true);
    }

    view(m) {
      var node;
      if (m.role === "user") {
        node = el("div", { class: "msg user" }, [el("span", { class: "vh", text: "You: " }),
                                                  el("div", { class: "bubble", text: m.text })]);
      } else if (m.role === "error") {
        node = el("div", { class: "msg error", role: "alert" }, [el("p", { text: m.text })]);
      } else {
        node = el("div", { class: "msg bot" });
        this.fillAnswer(node, m);
      }
      this.views.set(m, node);
      return node;
    }

    fillAnswer(node, m) {
      var bubble = el("div", { class: "bubble" }, [el("span", { class: "vh", text: cfg.title + ": " })]);
      if (m.pending && !m.text) bubble.appendChild(el("p", { class: "pending", text: "Looking through the documents…" }));
      else if (m.retracted) bubble.appendChild(el("p", { class: "retracted", text: m.text }));
      else bubble.appendChild(renderMarkdown(m.text, m));
      if (m.stopped) bubble.appendChild(el("p", { class: "pending", text: "(stopped)" }));
      var parts = [bubble];
      var notes = m.notes || [];
      if (notes.length) parts.push(el("div", { class: "notes" }, notes.map(function (n) { return el("p", { text: n }); })));
      if (m.citations && m.citations.length && !m.retracted) parts.push(this.sources(m.citations));
      if (m.answer_id && !m.pending) parts.push(this.feedback(m));
      node.replaceChildren.apply(node, parts);
      node.setAttribute("aria-busy", m.pending ? "true" : "false");
    }

    sources(citations) {
      var items = citations.map(function (c) {
        var href = safeHref(c.uri);
        var title = c.title || c.uri || "Untitled";
        var children = ["[" + c.number + "] ", href ? link(href, title) : el("span", { class: "title", text: title })];
        if (c.sections && c.sections.length) children.push(el("span", { class: "sec", text: " · " + c.sections.join(", ") }));
        if (!href && c.uri) children.push(el("div", { class: "uri", text: c.uri }));
        return el("li", null, children);
      });
      return el("div", { class: "sources" }, [el("h3", { text: "Sources" }), el("ol", null, items)]);
    }

    feedback(m) {
      var fb = m.feedback || {};
      var box = el("div", { class: "fb", role: "group", "aria-label": "Rate this answer" });
      var up = el("button", { type: "button", class: "thumb", "aria-label": "Helpful",
                              "aria-pressed": String(fb.rating === "up") }, [icon("up")]);
      var down = el("button", { type: "button", class: "thumb", "aria-label": "Not helpful",
                                "aria-pressed": String(fb.rating === "down") }, [icon("down")]);
      var commentId = "aw-c-" + m.answer_id;
      var comment = el("textarea", { id: commentId, maxlength: 2000 });
      var sendComment = el("button", { type: "button", class: "send-comment", text: "Send feedback" });
      var commentBox = el("div", { class: "comment", hidden: !(fb.rating && !fb.commented) }, [
        el("label", { for: commentId, text: fb.rating === "down" ? "What was wrong? (optional)" : "Anything to add? (optional)" }),
        comment, sendComment]);
      var thanks = el("p", { class: "thanks", role: "status", hidden: !fb.commented, text: "Thanks for your feedback." });
      var error = el("p", { class: "fberr", role: "alert", hidden: true });
      var rate = async (rating) => {
        m.feedback = { rating: rating, commented: false };
        up.setAttribute("aria-pressed", String(rating === "up"));
        down.setAttribute("aria-pressed", String(rating === "down"));
        commentBox.querySelector("label").textContent =
          rating === "down" ? "What was wrong? (optional)" : "Anything to add? (optional)";
        commentBox.hidden = false;
        thanks.hidden = true;
        save(this.state);
        if (await this.sendFeedback(m, rating, "", error)) comment.focus();
      };
      up.addEventListener("click", () => rate("up"));
      down.addEventListener("click", () => rate("down"));
      var submitComment = async () => {
        if (!m.feedback || !comment.value.trim()) { commentBox.hidden = true; thanks.hidden = false; return; }
        sendComment.disabled = true;
        if (await this.sendFeedback(m, m.feedback.rating, comment.value.trim(), error)) {
          m.feedback.commented = true;
          commentBox.hidden = true;
          thanks.hidden = false;
          save(this.state);
        }
        sendComment.disabled = false;
      };
      sendComment.addEventListener("click", submitComment);
      comment.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); submitComment(); }
      });
      box.append(el("span", { text: "Was this helpful?" }), up, down, commentBox, thanks, error);
      return box;
    }

    async sendFeedback(m, rating, comment, errorNode) {
      errorNode.hidden = true;
      try {
        var body = { answer_id: m.answer_id, rating: rating };
        if (comment) body.comment = comment;
        var res = await post("v1/feedback", body);
        if (!res.ok) throw await failure(res);
        return true;
      } catch (e) {
        errorNode.textContent = "Your feedback was not sent. " + describe(e);
        errorNode.hidden = false;
        return false;
      }
    }

    update(m) {
      var node = this.views.get(m);
      if (node) this.fillAnswer(node, m);
      this.scrollDown(false);
    }

    addMessage(m) {
      if (!this.state.messages.length) this.log.replaceChildren();
      this.state.messages.push(m);
      this.log.appendChild(this.view(m));
      this.scrollDown(true);
      return m;
    }

    submit() {
      var text = this.input.value.trim();
      if (!text || this.busy) return;
      this.input.value = "";
      this.input.rows = 1;
      this.ask(text);
    }

    async ask(text) {
      this.expireIfIdle();
      var who = identity(cfg.userToken);
      if (who !== this.state.who) { this.state.who = who; this.state.conversation_id = null; }
      this.addMessage({ role: "user", text: text });
      var answer = this.addMessage({ role: "assistant", text: "", pending: true, citations: [], notes: [] });
      var state = this.state;  // a sign-out or new conversation during the answer replaces it
      save(state);
      var ctrl = new AbortController();
      this.busy = ctrl;
      this.sendButton.replaceChildren(icon("stop"));
      this.sendButton.setAttribute("aria-label", "Stop answering");
      this.log.setAttribute("aria-busy", "true");
      this.say("Answering…");
      var frame = 0;
      var schedule = () => {
        if (!frame) frame = requestAnimationFrame(() => { frame = 0; this.update(answer); });
      };
      try {
        for (var attempt = 0; ; attempt++) {
          var body = { model: "assistant", stream: true, messages: [{ role: "user", content: text }],
                       rag: { conversation_id: this.state.conversation_id, include_sources: true } };
          if (cfg.maxTokens) body.max_tokens = cfg.maxTokens;
          var res = await post("v1/chat/completions", body, ctrl.signal);
          if (res.status === 404 && this.state.conversation_id && attempt === 0) {
            this.state.conversation_id = null;  // expired on the server: start a new one with this question
            continue;
          }
          if (!res.ok) throw await failure(res);
          await readEvents(res.body, (name, chunk) => this.onChunk(answer, name, chunk, schedule));
          break;
        }
        answer.pending = false;
        if (!answer.answer_id) throw new WidgetError("stream", "");
        this.say("Answer ready.");
      } catch (e) {
        answer.pending = false;
        if (e && e.name === "AbortError") {
          answer.stopped = true;
          this.say("Stopped.");
        } else {
          if (!answer.text) this.drop(answer);
          var message = describe(e);
          this.addMessage({ role: "error", text: message });
          this.say(message);
          if (!this.input.value && e.kind !== "stream") this.input.value = text;
        }
      } finally {
        if (frame) cancelAnimationFrame(frame);
        this.busy = null;
        this.sendButton.replaceChildren(icon("send"));
        this.sendButton.setAttribute("aria-label", "Send");
        this.log.setAttribute("aria-busy", "false");
        if (state === this.state) {
          if (state.messages.indexOf(answer) >= 0) this.update(answer);
          save(state);
        }
      }
    }

    onChunk(answer, name, chunk, schedule) {
      if (chunk.error) throw new WidgetError("stream", chunk.error.message || "");
      if (name === "retraction" || chunk.retraction) {
        answer.text = (chunk.retraction && chunk.retraction.message) || "This answer was withdrawn.";
        answer.retracted = true;
        schedule();
        return;
      }
      if (Array.isArray(chunk.citations)) answer.citations = chunk.citations;
      var delta = chunk.choices && chunk.choices[0] && chunk.choices[0].delta;
      if (delta && delta.content && !answer.retracted) { answer.text += delta.content; schedule(); }
      if (chunk.answer_id) {
        answer.answer_id = chunk.answer_id;
        answer.blocked = !!chunk.blocked;
        answer.notes = guardNotes(chunk.guard_findings, chunk.blocked);
        if (chunk.conversation_id) this.state.conversation_id = chunk.conversation_id;
        schedule();
      }
    }

    drop(m) {
      var i = this.state.messages.indexOf(m);
      if (i >= 0) this.state.messages.splice(i, 1);
      var node = this.views.get(m);
      if (node) node.remove();
    }
  }

  if (!customElements.get(TAG)) customElements.define(TAG, Widget);
  var widget = document.createElement(TAG);

  function mount() { document.body.appendChild(widget); }
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);

  window.AssistantWidget = Object.freeze({
    version: "1",
    open: function () { if (widget.isConnected) widget.open(); },
    close: function () { if (widget.isConnected) widget.close(); },
    setUserToken: function (token) {
      if (widget.isConnected) widget.setUserToken(token);
      else cfg.userToken = String(token || "").trim();
    },
    signOut: function () {
      if (widget.isConnected) widget.signOut();
      else { cfg.userToken = ""; forget(); }
    },
  });
})();
