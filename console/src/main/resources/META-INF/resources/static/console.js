// The console's only script. Pages work without it; it adds what htmx cannot do declaratively under the
// Content-Security-Policy (which forbids inline scripts and so hx-on attributes).

// When the session has ended, OIDC answers an htmx request with 499 instead of a redirect to Keycloak that
// the browser could not follow; a full navigation to the same address signs the user in again and returns.
document.addEventListener("htmx:responseError", function (event) {
  if (event.detail.xhr.status === 499) {
    var path = event.detail.pathInfo;
    window.location.assign(path.finalRequestPath || path.requestPath);
  }
});

// Panels other parts of the console fill (SOP guidance, enforcement actions) are loaded by htmx. Where the
// panel's endpoint fails or does not exist yet, the panel says so calmly instead of staying "Loading…".
function showPanelUnavailable(panel) {
  var heading = panel.querySelector("h2");
  var message = document.createElement("p");
  message.className = "hint";
  message.textContent = "Not available for this case right now.";
  panel.replaceChildren();
  if (!heading) {
    heading = document.createElement("h2");
    heading.textContent = panel.getAttribute("data-panel") || "Panel";
  }
  panel.appendChild(heading);
  panel.appendChild(message);
  panel.removeAttribute("aria-busy");
}

["htmx:responseError", "htmx:sendError", "htmx:timeout"].forEach(function (name) {
  document.addEventListener(name, function (event) {
    var panel = event.detail.elt && event.detail.elt.closest ? event.detail.elt.closest("[data-panel]") : null;
    if (panel && !(event.detail.xhr && event.detail.xhr.status === 499)) {
      showPanelUnavailable(panel);
    }
  });
});

document.addEventListener("htmx:afterSwap", function (event) {
  var panel = event.detail.elt && event.detail.elt.closest ? event.detail.elt.closest("[data-panel]") : null;
  if (panel) {
    panel.removeAttribute("aria-busy");
  }
});

// Reviewer wellness: evidence media starts blurred (or greyscale) and is revealed one item at a time. The
// control is a real button, so it works by keyboard; pressing it again hides the item.
document.addEventListener("click", function (event) {
  var button = event.target.closest ? event.target.closest("[data-reveal]") : null;
  if (!button) {
    return;
  }
  var media = button.closest("[data-media]");
  var revealed = media.classList.toggle("revealed");
  button.setAttribute("aria-pressed", revealed ? "true" : "false");
  var label = button.firstChild;
  if (label && label.nodeType === Node.TEXT_NODE) {
    label.textContent = revealed ? "Hide again" : (media.querySelector("video") ? "Reveal video" : "Reveal image");
  }
});
