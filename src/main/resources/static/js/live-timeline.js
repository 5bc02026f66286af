// Keeps an incident page current. The server pushes one "timeline" event per committed change
// over server-sent events; htmx then fetches the fresh timeline, and for anything but a note
// also the incident's state fragment. EventSource reconnects by itself after a drop.
(function () {
  const timeline = document.getElementById('timeline');
  if (!timeline) {
    return;
  }
  const live = document.getElementById('live');
  const source = new EventSource(timeline.dataset.stream);
  source.onopen = () => {
    live.textContent = '● live';
    document.body.dataset.live = 'connected';
  };
  source.onerror = () => {
    live.textContent = 'reconnecting…';
    document.body.dataset.live = 'reconnecting';
  };
  source.addEventListener('timeline', (event) => {
    htmx.trigger(document.getElementById('timeline'), 'refresh');
    if (event.data !== 'note') {
      const state = document.getElementById('incident-state');
      htmx.ajax('GET', state.dataset.state, {target: '#incident-state', swap: 'outerHTML'});
    }
  });
})();
