// When the session has ended, OIDC answers an htmx request with 499 instead of a redirect to Keycloak that
// the browser could not follow; a full navigation to the same address signs the user in again and returns.
document.addEventListener("htmx:responseError", function (event) {
  if (event.detail.xhr.status === 499) {
    var path = event.detail.pathInfo;
    window.location.assign(path.finalRequestPath || path.requestPath);
  }
});
