/* The only script of content pages, inlined in <head> by Base.astro (hash it for a CSP).
   1. 长者模式: ?elder=1 / ?elder=0 or #elder set it; localStorage remembers it; the class on
      <html> is set before the body is drawn (no flash). The header links switch it in place.
   2. Read-aloud (.speak on article pages): Web Speech API in the page's language; says so,
      in that language, when the browser has no speech or no fitting voice. */
/* global document, window, localStorage, location, history, setTimeout, SpeechSynthesisUtterance */
;(function () {
  var root = document.documentElement
  var KEY = 'kaiping-elder'
  var store = function (v) {
    try {
      localStorage.setItem(KEY, v)
    } catch {
      /* private mode: the switch still works for this page */
    }
  }
  var saved = null
  try {
    saved = localStorage.getItem(KEY)
  } catch {
    /* no storage */
  }
  var asked = /[?&]elder=([01])/.exec(location.search)
  if (asked) store((saved = asked[1]))
  else if (location.hash === '#elder') store((saved = '1'))
  var apply = function (on) {
    root.classList.toggle('elder', on)
    root.classList.toggle('elder-off', !on)
  }
  apply(saved === '1')

  var synth = window.speechSynthesis
  var PREFER = {
    'zh-CN': ['zh-cn', 'cmn', 'zh'],
    'zh-Hant': ['zh-hk', 'yue', 'zh-tw', 'zh'],
    en: ['en'],
  }
  var voiceFor = function (voices) {
    var prefs = PREFER[root.lang] || [root.lang.toLowerCase()]
    for (var i = 0; i < prefs.length; i++)
      for (var j = 0; j < voices.length; j++)
        if (voices[j].lang.replace('_', '-').toLowerCase().indexOf(prefs[i]) === 0) return voices[j]
    return null
  }
  var withVoices = function (done) {
    var voices = synth.getVoices()
    if (voices.length) return done(voices)
    var called = false
    var once = function () {
      if (!called) done(synth.getVoices(), (called = true))
    }
    synth.addEventListener('voiceschanged', once)
    setTimeout(once, 1500)
  }
  var chunks = function () {
    var main = document.getElementById('main').cloneNode(true)
    main.querySelectorAll('.speak, svg, script, style, [data-no-speak]').forEach(function (n) {
      n.remove()
    })
    var text = main.textContent.replace(/\s+/g, ' ').trim()
    return text.match(/[^。！？!?；;.]{1,180}[。！？!?；;.]?/g) || []
  }
  var show = function (box, state, message) {
    box.querySelector('[data-speak="pause"]').hidden = state === 'idle'
    box.querySelector('[data-speak="stop"]').hidden = state === 'idle'
    box.querySelector('[data-speak="pause"]').textContent =
      box.dataset[state === 'paused' ? 'resume' : 'pause']
    box.querySelector('.speak-status').textContent = message || ''
  }
  var speak = function (box, action) {
    if (!synth || !window.SpeechSynthesisUtterance) return show(box, 'idle', box.dataset.nosupport)
    if (action === 'stop') return (synth.cancel(), show(box, 'idle', box.dataset.stopped))
    if (action === 'pause' && synth.paused)
      return (synth.resume(), show(box, 'playing', box.dataset.reading))
    if (action === 'pause') return (synth.pause(), show(box, 'paused', box.dataset.paused))
    withVoices(function (voices) {
      var voice = voiceFor(voices)
      if (!voice) return show(box, 'idle', box.dataset.novoice)
      synth.cancel()
      var parts = chunks()
      parts.forEach(function (part, i) {
        var u = new SpeechSynthesisUtterance(part)
        u.voice = voice
        u.lang = voice.lang
        if (i === parts.length - 1)
          u.onend = function () {
            show(box, 'idle', '')
          }
        synth.speak(u)
      })
      show(box, 'playing', box.dataset.reading)
    })
  }

  document.addEventListener('click', function (e) {
    var el = e.target.closest && e.target.closest('[data-elder], [data-speak]')
    if (!el) return
    if (el.dataset.elder) {
      e.preventDefault()
      var on = el.dataset.elder === '1'
      store(on ? '1' : '0')
      apply(on)
      if (!on && location.hash === '#elder')
        history.replaceState(null, '', location.pathname + location.search)
      var other = document.querySelector('[data-elder="' + (on ? '0' : '1') + '"]')
      if (other) other.focus()
    } else speak(el.closest('.speak'), el.dataset.speak)
  })
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.speak').forEach(function (box) {
      box.hidden = false
    })
  })
  window.addEventListener('pagehide', function () {
    if (synth) synth.cancel()
  })
})()
