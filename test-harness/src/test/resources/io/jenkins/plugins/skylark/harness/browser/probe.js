// Test page for the browser harness: reads its endpoint from the shell, posts with and without the crumb.
function startProbe() {
  const root = document.getElementById('probe');
  const api = root.dataset.api;
  const head = document.head.dataset;
  fetch(api + '/hello').then(r => r.json()).then(data => {
    document.getElementById('greeting').textContent = data.greeting;
  });
  function post(withCrumb) {
    const headers = { 'Content-Type': 'application/json' };
    if (withCrumb) {
      headers[head.crumbHeader] = head.crumbValue;
    }
    return fetch(api + '/save', { method: 'POST', headers: headers, body: '{"n":1}' }).then(r => r.status);
  }
  document.getElementById('save').addEventListener('click', () => {
    Promise.all([post(true), post(false)]).then(statuses => {
      document.getElementById('result').textContent = statuses.join(' ');
    });
  });
  document.getElementById('fail').addEventListener('click', () => {
    document.getElementById('result').setAttribute('style', 'color: red');
    throw new Error('probe failure');
  });
}
// The adjunct is written where <st:adjunct> stands, possibly before the page's elements.
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', startProbe);
} else {
  startProbe();
}
