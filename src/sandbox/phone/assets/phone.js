// The sandbox phone: a simulated citizen's Zalo chat with the OA. It talks only to the Zalo simulator's control API
// (list/create citizens, send events, upload images, long-poll the conversation). Everything rendered goes through
// textContent or checked attributes: message texts come from the OA and must never become markup.

const CONTROL_API = readControlApi();
/** How long one long-poll waits on the simulator for something new (the simulator caps it at 25 s). */
const LONG_POLL_WAIT_MS = 20_000;
const TOAST_MS = 4_000;
const SELECTED_CITIZEN_KEY = 'zalo-egov.sandbox-phone.citizen';

/** The page's own labels (a developer tool, so not in templates/): Vietnamese first, English hints beside. */
const T = {
  connecting: 'Đang kết nối…',
  online: 'Đang hoạt động · online',
  offline: 'Mất kết nối, đang thử lại… · reconnecting',
  chooseCitizen: 'Chọn công dân…',
  follow: 'Quan tâm',
  following: 'Đã quan tâm ✓',
  followHint: 'Follow the OA',
  unfollowHint: 'Following: click to unfollow',
  followed: 'Bạn đã quan tâm OA · followed',
  unfollowed: 'Bạn đã bỏ quan tâm OA · unfollowed',
  sending: 'Đang gửi…',
  delivered: 'Đã gửi ✓',
  refused: (code, message) => `Zalo từ chối ${code} ${message} · not delivered`,
  refusedMessage: '(tin nhắn có tệp hoặc thẻ · attachment)',
  notDelivered: (status) => `Webhook lỗi ${status} · not delivered`,
  received: 'Đã nhận',
  seen: 'Đã xem',
  sticker: '😊 (sticker)',
  location: (lat, lng) => `Vị trí · location: ${lat}, ${lng}`,
  file: (name) => `📎 ${name}`,
  sharedInfo: 'Đã chia sẻ thông tin · shared contact info',
  share: 'Chia sẻ',
  later: 'Để sau',
  shared: 'Đã chia sẻ ✓',
  name: 'Họ tên · name',
  phone: 'Số điện thoại · phone',
  address: 'Địa chỉ (không bắt buộc) · address',
  phoneButton: (phone) => `Số điện thoại của OA: ${phone}`,
  call: 'Gọi · call',
  blockedLink: 'Liên kết không hợp lệ · invalid link',
  opened: (url) => `Đã mở liên kết · opened ${url}`,
  unsupportedButton: (type) => `Nút chưa hỗ trợ · unsupported button (${type})`,
  otherEvent: (name) => `Sự kiện · event: ${name}`,
  uploadFailed: 'Không tải được ảnh lên · upload failed',
  sendFailed: 'Không gửi được · send failed',
  loadFailed: 'Không tải được danh sách công dân · cannot load citizens',
  locating: 'Đang lấy vị trí… · locating',
  noGeolocation: 'Trình duyệt không cho lấy vị trí; hãy nhập tay · geolocation unavailable, type it in',
  badLocation: 'Vĩ độ/kinh độ không hợp lệ · invalid coordinates',
  oaLabel: 'OA',
  uploadedImage: '[ảnh đính kèm · attached image]',
};

const state = {
  /** @type {Array<{id: string, displayName: string, following: boolean}>} */
  citizens: [],
  /** @type {string | null} */
  citizenId: null,
  lastSeq: 0,
  /** @type {AbortController | null} */
  poll: null,
  /** Sends run one after another so the citizen's messages reach the webhook in the order they were typed. */
  sendChain: Promise.resolve(),
  /** Webhook outcome of the citizen's actions, by event key (the answer may arrive before or after the item). */
  deliveries: new Map(),
  /** Status line under each rendered citizen action, by event key, so the webhook outcome can update it. */
  citizenMeta: new Map(),
  /** Status line under each OA message, by Zalo message id, so receipts can update it. */
  oaMeta: new Map(),
  /** OA message ids already reported as seen. */
  seenReported: new Set(),
};

const $ = (testId) => {
  const node = document.querySelector(`[data-testid="${testId}"]`);
  if (!node) throw new Error(`missing element ${testId}`);
  return node;
};

const emptyHint = $('empty-hint');

const ui = {
  connection: $('connection'),
  follow: $('follow'),
  citizenSelect: $('citizen-select'),
  newCitizenForm: $('new-citizen-form'),
  newCitizenName: $('new-citizen-name'),
  chat: $('chat'),
  toast: $('toast'),
  composer: $('composer'),
  messageInput: $('message-input'),
  send: $('send'),
  attachImage: $('attach-image'),
  imageInput: $('image-input'),
  openLocation: $('open-location'),
  sendSticker: $('send-sticker'),
  locationPanel: $('location-panel'),
  latitude: $('latitude'),
  longitude: $('longitude'),
  locate: $('locate'),
  sendLocation: $('send-location'),
  closeLocation: $('close-location'),
};

// ---------------------------------------------------------------------------------------------------------------
// Small DOM helpers (text only, never HTML)

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'className') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Only http(s) links are opened or shown: a `javascript:` URL from an OA payload must never run. */
function safeHttpUrl(value) {
  if (typeof value !== 'string' || value === '') return null;
  try {
    const url = new URL(value, window.location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function formatTime(at) {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' });
}

let toastTimer;
function toast(message, kind = 'info') {
  ui.toast.textContent = message;
  ui.toast.className = `toast ${kind}`;
  ui.toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    ui.toast.hidden = true;
  }, TOAST_MS);
}

function scrollToEnd() {
  ui.chat.scrollTop = ui.chat.scrollHeight;
}

// ---------------------------------------------------------------------------------------------------------------
// Control API

function readControlApi() {
  const meta = document.querySelector('meta[name="zalo-control-api"]');
  const content = meta?.getAttribute('content') ?? '/sandbox/zalo/api';
  return content.replace(/\/$/, '');
}

async function api(path, init = {}) {
  const headers = typeof init.body === 'string' ? { 'content-type': 'application/json' } : undefined;
  const response = await fetch(`${CONTROL_API}${path}`, { ...init, headers });
  const raw = await response.text();
  const body = parseJson(raw);
  if (!response.ok) {
    const reason =
      body && typeof body === 'object' ? (body.detail ?? body.title ?? body.error ?? body.message) : undefined;
    throw new Error(reason ? `${response.status}: ${reason}` : `HTTP ${response.status}`);
  }
  return body;
}

function parseJson(raw) {
  try {
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

const citizenPath = (id, rest) => `/citizens/${encodeURIComponent(id)}${rest}`;

function asCitizenList(body) {
  const list = Array.isArray(body) ? body : (body?.citizens ?? body?.items ?? []);
  return list.filter((c) => c && typeof c.id === 'string');
}

// ---------------------------------------------------------------------------------------------------------------
// Citizens

async function loadCitizens() {
  try {
    state.citizens = asCitizenList(await api('/citizens'));
  } catch {
    toast(T.loadFailed, 'error');
    return;
  }
  const select = ui.citizenSelect;
  select.replaceChildren(el('option', { value: '', text: T.chooseCitizen }));
  for (const citizen of state.citizens) {
    select.append(el('option', { value: citizen.id, text: `${citizen.displayName} · …${citizen.id.slice(-6)}` }));
  }
  if (state.citizenId && state.citizens.some((c) => c.id === state.citizenId)) select.value = state.citizenId;
  renderFollowButton();
}

function currentCitizen() {
  return state.citizens.find((c) => c.id === state.citizenId) ?? null;
}

function renderFollowButton() {
  const citizen = currentCitizen();
  ui.follow.disabled = !citizen;
  const following = Boolean(citizen?.following);
  ui.follow.textContent = following ? T.following : T.follow;
  ui.follow.classList.toggle('following', following);
  ui.follow.title = following ? T.unfollowHint : T.followHint;
}

function selectCitizen(id) {
  state.poll?.abort();
  state.poll = null;
  state.citizenId = id || null;
  state.lastSeq = 0;
  state.deliveries.clear();
  state.citizenMeta.clear();
  state.oaMeta.clear();
  state.seenReported.clear();
  ui.chat.replaceChildren();
  if (!id) ui.chat.append(emptyHint);
  const enabled = Boolean(state.citizenId);
  ui.messageInput.disabled = !enabled;
  ui.send.disabled = !enabled;
  renderFollowButton();
  if (!state.citizenId) {
    localStorage.removeItem(SELECTED_CITIZEN_KEY);
    return;
  }
  localStorage.setItem(SELECTED_CITIZEN_KEY, state.citizenId);
  const controller = new AbortController();
  state.poll = controller;
  void pollConversation(state.citizenId, controller.signal);
}

async function createCitizen(displayName) {
  const citizen = await api('/citizens', { method: 'POST', body: JSON.stringify({ displayName }) });
  await loadCitizens();
  ui.citizenSelect.value = citizen.id;
  selectCitizen(citizen.id);
}

// ---------------------------------------------------------------------------------------------------------------
// Sending as the citizen

/** Queues one citizen action; actions go out strictly one after another. */
function sendAsCitizen(body) {
  const citizenId = state.citizenId;
  if (!citizenId) return Promise.resolve(null);
  const next = state.sendChain.then(() => postSend(citizenId, body));
  state.sendChain = next.catch(() => undefined);
  return next;
}

async function postSend(citizenId, body) {
  let result;
  try {
    result = await api(citizenPath(citizenId, '/send'), { method: 'POST', body: JSON.stringify(body) });
  } catch (error) {
    toast(`${T.sendFailed}: ${error.message}`, 'error');
    return null;
  }
  const outcome = { delivered: Boolean(result?.delivered), status: result?.status };
  const key = eventKey(result?.event);
  state.deliveries.set(key, outcome);
  const meta = state.citizenMeta.get(key);
  if (meta) renderDelivery(meta, outcome);
  if (!outcome.delivered) toast(T.notDelivered(outcome.status ?? '?'), 'error');
  if (body.type === 'follow' || body.type === 'unfollow') await loadCitizens();
  return result;
}

function renderDelivery(meta, outcome) {
  const label = outcome.delivered ? T.delivered : T.notDelivered(outcome.status ?? '?');
  meta.textContent = `${meta.dataset.time ?? ''} · ${label}`;
  meta.classList.toggle('failed', !outcome.delivered);
  meta.dataset.state = outcome.delivered ? 'delivered' : 'failed';
}

/** Zalo lets a citizen pick several photos and sends them as one message; so does the phone. */
const MAX_PHOTOS_PER_MESSAGE = 10;

async function uploadAndSendImages(files) {
  const urls = [];
  for (const file of files.slice(0, MAX_PHOTOS_PER_MESSAGE)) {
    const form = new FormData();
    form.append('file', file, file.name);
    let uploaded;
    try {
      uploaded = await api('/uploads', { method: 'POST', body: form });
    } catch (error) {
      toast(`${T.uploadFailed}: ${error.message}`, 'error');
      return;
    }
    if (typeof uploaded?.url !== 'string') {
      toast(T.uploadFailed, 'error');
      return;
    }
    urls.push(uploaded.url);
  }
  if (urls.length > 0) await sendAsCitizen({ type: 'image', urls });
}

// ---------------------------------------------------------------------------------------------------------------
// Long-polling the conversation

async function pollConversation(citizenId, signal) {
  let failures = 0;
  ui.connection.textContent = T.connecting;
  while (!signal.aborted) {
    try {
      const query = `?after=${state.lastSeq}&waitMs=${LONG_POLL_WAIT_MS}`;
      const body = await api(citizenPath(citizenId, `/conversation${query}`), { signal });
      if (signal.aborted) return;
      failures = 0;
      ui.connection.textContent = T.online;
      const items = Array.isArray(body?.items) ? body.items : [];
      const newOaMessages = [];
      for (const item of items) {
        if (typeof item?.seq !== 'number' || item.seq <= state.lastSeq) continue;
        state.lastSeq = item.seq;
        const oaMessageId = renderItem(item);
        if (oaMessageId) newOaMessages.push(oaMessageId);
      }
      if (items.length > 0) scrollToEnd();
      void reportSeen(citizenId, newOaMessages);
    } catch {
      if (signal.aborted) return;
      failures += 1;
      ui.connection.textContent = T.offline;
      await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 250 * 2 ** failures)));
    }
  }
}

/** The most message ids the simulator takes in one seen receipt. */
const SEEN_BATCH = 100;

/** Like Zalo's app, the phone tells the OA it saw its messages once they are on screen. */
async function reportSeen(citizenId, messageIds) {
  const fresh = messageIds.filter((id) => !state.seenReported.has(id));
  if (fresh.length === 0 || document.visibilityState !== 'visible') return;
  for (const id of fresh) state.seenReported.add(id);
  // The simulator takes at most SEEN_BATCH ids a call (a long conversation opened at once has more).
  for (let start = 0; start < fresh.length; start += SEEN_BATCH) {
    const batch = fresh.slice(start, start + SEEN_BATCH);
    try {
      const result = await api(citizenPath(citizenId, '/seen'), {
        method: 'POST',
        body: JSON.stringify({ messageIds: batch }),
      });
      // The simulator posts user_received_message then user_seen_message; both reached the server when delivered.
      if (result?.delivered && state.citizenId === citizenId) markReceipt({ msg_ids: batch }, T.seen);
    } catch {
      // A receipt is best effort, as on a real phone: the chat stays usable without it.
    }
  }
}

/** Renders one conversation item; returns the OA message id when it was an OA message. */
function renderItem(item) {
  if (item.direction === 'out') return renderOaMessage(item);
  if (item.direction === 'refused') return renderRefused(item);
  renderCitizenEvent(item);
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering what the citizen did (webhook events)

function renderCitizenEvent(item) {
  const event = item.body ?? {};
  const message = event.message ?? {};
  const attachment = Array.isArray(message.attachments) ? message.attachments[0] : undefined;
  const payload = attachment?.payload ?? {};
  const key = eventKey(event);
  switch (event.event_name) {
    case 'user_send_text':
      // Zalo shows nothing for a tapped oa.query.hide button, and the title for an oa.query.show one.
      if (item.button?.type === 'oa.query.hide') return null;
      return appendCitizenRow(
        item,
        key,
        el('div', { className: 'bubble', text: String(item.button?.title ?? message.text ?? '') }),
      );
    case 'user_send_image': {
      const bubble = el('div', { className: 'bubble' });
      for (const image of Array.isArray(message.attachments) ? message.attachments : []) {
        const src = safeHttpUrl(image?.payload?.url);
        if (src) bubble.append(el('img', { src, alt: 'ảnh đã gửi (sent image)' }));
      }
      if (message.text) bubble.append(el('div', { className: 'caption', text: String(message.text) }));
      return appendCitizenRow(item, key, bubble);
    }
    case 'user_send_file':
      return appendCitizenRow(
        item,
        key,
        el('div', { className: 'bubble', text: T.file(String(payload.name ?? 'file')) }),
      );
    case 'user_send_location': {
      const { latitude, longitude } = payload.coordinates ?? {};
      return appendCitizenRow(item, key, el('div', { className: 'bubble', text: T.location(latitude, longitude) }));
    }
    case 'user_send_sticker':
      return appendCitizenRow(item, key, el('div', { className: 'bubble', text: T.sticker }));
    case 'user_submit_info':
      return appendCitizenRow(item, key, el('div', { className: 'bubble', text: T.sharedInfo }));
    case 'follow':
      return appendSystem(T.followed, 'follow');
    case 'unfollow':
      return appendSystem(T.unfollowed, 'unfollow');
    case 'user_received_message':
    case 'user_seen_message':
      return markReceipt(message, event.event_name === 'user_seen_message' ? T.seen : T.received);
    default:
      return appendSystem(T.otherEvent(String(event.event_name ?? '?')), 'event');
  }
}

/**
 * Follow and submit_info events carry no msg_id, so a citizen action is known by its event name and timestamp: the
 * simulator gives each event of a citizen a distinct timestamp, and the same event comes back from send and poll.
 */
function eventKey(event) {
  return `${event?.event_name}:${event?.timestamp}`;
}

function appendCitizenRow(item, key, content) {
  const time = formatTime(item.at);
  const meta = el('div', { className: 'meta', text: `${time} · ${T.sending}`, dataset: { state: 'sending', time } });
  const row = el(
    'div',
    { className: 'row me-side', dataset: { testid: 'citizen-message', seq: String(item.seq) } },
    content,
    meta,
  );
  ui.chat.append(row);
  state.citizenMeta.set(key, meta);
  // This page's own send knows the outcome first; after a reload or restart the simulator's record of it does.
  const outcome = state.deliveries.get(key) ?? item.delivery;
  if (outcome) renderDelivery(meta, outcome);
}

function appendSystem(text, kind, extra) {
  ui.chat.append(el('div', { className: 'system', dataset: { testid: 'system', kind } }, text, extra));
  scrollToEnd();
}

function markReceipt(message, label) {
  const ids = Array.isArray(message.msg_ids) ? message.msg_ids : [message.msg_id];
  for (const id of ids) {
    const meta = typeof id === 'string' ? state.oaMeta.get(id) : undefined;
    if (meta && meta.dataset.state !== 'seen') {
      meta.textContent = `${T.oaLabel} · ${meta.dataset.time ?? ''} · ${label}`;
      meta.dataset.state = label === T.seen ? 'seen' : 'received';
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering what the OA sent (raw OA API message bodies), the way Zalo's app shows them

function renderOaMessage(item) {
  const message = item.body?.message ?? {};
  const attachment = message.attachment;
  const payload = attachment?.payload ?? {};
  const parts = [];
  if (attachment?.type === 'template' && payload.template_type === 'request_user_info') {
    parts.push(renderRequestUserInfo(payload));
  } else if (attachment?.type === 'template' && payload.template_type === 'media') {
    const bubble = el('div', { className: 'bubble' });
    for (const element of Array.isArray(payload.elements) ? payload.elements : []) {
      const src = safeHttpUrl(element?.url);
      // Images sent by attachment_id have no URL the phone could fetch; say that an image was there.
      bubble.append(
        src ? el('img', { src, alt: 'ảnh từ OA (image from the OA)' }) : el('div', { text: T.uploadedImage }),
      );
    }
    if (message.text) bubble.append(el('div', { className: 'caption', text: String(message.text) }));
    parts.push(bubble);
  } else {
    if (message.text) parts.push(el('div', { className: 'bubble', text: String(message.text) }));
    if (Array.isArray(payload.buttons) && payload.buttons.length > 0) parts.push(renderButtons(payload.buttons));
    if (attachment?.type === 'file') {
      const name = typeof item.file?.name === 'string' ? item.file.name : 'tệp đính kèm · attachment';
      const bubble = el('div', { className: 'bubble' });
      // The simulator serves what was uploaded beside its control API (`…/zalo/api` → `…/zalo/cdn/<token>`).
      if (typeof item.file?.path === 'string') {
        const href = `${CONTROL_API.replace(/\/api$/, '')}/${item.file.path}`;
        bubble.append(el('a', { href, target: '_blank', rel: 'noopener', text: T.file(name) }));
      } else bubble.append(el('div', { text: T.file(name) }));
      parts.push(bubble);
    }
  }
  const messageId = typeof item.messageId === 'string' ? item.messageId : undefined;
  const time = formatTime(item.at);
  const meta = el('div', { className: 'meta', text: `${T.oaLabel} · ${time}`, dataset: { state: 'sent', time } });
  ui.chat.append(
    el('div', { className: 'row oa-side', dataset: { testid: 'oa-message', seq: String(item.seq) } }, ...parts, meta),
  );
  if (messageId) state.oaMeta.set(messageId, meta);
  return messageId ?? null;
}

/** A message the OA tried to send and Zalo refused: shown faded, with Zalo's reason, so testers see why nothing came. */
function renderRefused(item) {
  const text = String(item.body?.message?.text ?? T.refusedMessage);
  const reason = T.refused(item.error?.code ?? '?', item.error?.message ?? '');
  const meta = el('div', { className: 'meta failed', text: `${T.oaLabel} · ${formatTime(item.at)} · ${reason}` });
  ui.chat.append(
    el(
      'div',
      { className: 'row oa-side refused', dataset: { testid: 'oa-refused', seq: String(item.seq) } },
      el('div', { className: 'bubble', text }),
      meta,
    ),
  );
  return null;
}

function renderButtons(buttons) {
  const list = el('div', { className: 'buttons' });
  for (const button of buttons) {
    const title = String(button?.title ?? '');
    const icon = button?.type === 'oa.open.url' ? '🔗' : button?.type === 'oa.open.phone' ? '📞' : '';
    const node = el('button', {
      type: 'button',
      dataset: { testid: 'oa-button', type: String(button?.type ?? '') },
      onclick: () => tapButton(button),
    });
    if (icon) node.append(el('span', { className: 'kind', text: icon, 'aria-hidden': 'true' }));
    node.append(title);
    list.append(node);
  }
  return list;
}

function tapButton(button) {
  const payload = button?.payload;
  switch (button?.type) {
    case 'oa.query.show':
    case 'oa.query.hide': {
      const text = typeof payload === 'string' ? payload : String(payload?.text ?? '');
      const title = String(button.title ?? '').slice(0, 100);
      if (text) void sendAsCitizen({ type: 'text', text, button: { type: button.type, title } });
      return;
    }
    case 'oa.open.url': {
      const url = safeHttpUrl(payload?.url);
      if (!url) return toast(T.blockedLink, 'error');
      window.open(url, '_blank', 'noopener,noreferrer');
      return appendSystem(T.opened(url), 'link');
    }
    case 'oa.open.phone': {
      const phone = String(payload?.phone_code ?? payload?.phone ?? '').replace(/[^0-9+]/g, '');
      const link = el('a', { href: `tel:${phone}`, text: ` ${T.call}` });
      return appendSystem(T.phoneButton(phone), 'phone', link);
    }
    default:
      return toast(T.unsupportedButton(String(button?.type ?? '?')), 'error');
  }
}

function renderRequestUserInfo(payload) {
  const element = Array.isArray(payload.elements) ? (payload.elements[0] ?? {}) : {};
  const card = el('div', { className: 'card', dataset: { testid: 'request-user-info' } });
  const image = safeHttpUrl(element.image_url);
  if (image) card.append(el('img', { src: image, alt: '' }));
  card.append(
    el(
      'div',
      { className: 'card-body' },
      el('div', { className: 'card-title', text: String(element.title ?? '') }),
      el('div', { className: 'card-subtitle', text: String(element.subtitle ?? '') }),
    ),
  );
  const actions = el('div', { className: 'card-actions' });
  const shareButton = el('button', {
    type: 'button',
    className: 'primary',
    text: T.share,
    title: 'Share your contact info',
  });
  actions.append(shareButton);
  card.append(actions);

  shareButton.addEventListener('click', () => {
    actions.remove();
    const citizen = currentCitizen();
    const name = el('input', { name: 'name', required: '', maxlength: 80, 'aria-label': T.name, placeholder: T.name });
    name.value = citizen?.displayName ?? '';
    const phone = el('input', {
      name: 'phone',
      type: 'tel',
      required: '',
      pattern: '\\+?[0-9 ]{9,15}',
      'aria-label': T.phone,
      placeholder: T.phone,
    });
    const address = el('input', { name: 'address', maxlength: 200, 'aria-label': T.address, placeholder: T.address });
    const submit = el('button', { type: 'submit', className: 'primary', text: T.share });
    const later = el('button', { type: 'button', text: T.later });
    const form = el(
      'form',
      { dataset: { testid: 'share-info-form' } },
      name,
      phone,
      address,
      el('div', { className: 'card-actions' }, submit, later),
    );
    later.addEventListener('click', () => {
      form.remove();
      card.append(actions);
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      submit.disabled = true;
      const body = { type: 'submit_info', name: name.value.trim(), phone: phone.value.replace(/\s/g, '') };
      if (address.value.trim()) body.address = address.value.trim();
      const result = await sendAsCitizen(body);
      if (result) form.replaceWith(el('div', { className: 'card-actions meta', text: T.shared }));
      else submit.disabled = false;
    });
    card.append(form);
    name.focus();
  });
  return card;
}

// ---------------------------------------------------------------------------------------------------------------
// Wiring

ui.citizenSelect.addEventListener('change', () => selectCitizen(ui.citizenSelect.value));

ui.newCitizenForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const displayName = ui.newCitizenName.value.trim();
  if (!displayName) return;
  try {
    await createCitizen(displayName);
    ui.newCitizenName.value = '';
  } catch (error) {
    toast(`${T.sendFailed}: ${error.message}`, 'error');
  }
});

ui.follow.addEventListener('click', () => {
  const citizen = currentCitizen();
  if (citizen) void sendAsCitizen({ type: citizen.following ? 'unfollow' : 'follow' });
});

ui.composer.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = ui.messageInput.value;
  if (!text.trim()) return;
  ui.messageInput.value = '';
  void sendAsCitizen({ type: 'text', text });
});

ui.attachImage.addEventListener('click', () => {
  if (state.citizenId) ui.imageInput.click();
});
ui.imageInput.addEventListener('change', () => {
  const files = [...(ui.imageInput.files ?? [])];
  ui.imageInput.value = '';
  if (files.length > 0) void uploadAndSendImages(files);
});

ui.sendSticker.addEventListener('click', () => void sendAsCitizen({ type: 'sticker' }));

ui.openLocation.addEventListener('click', () => {
  if (state.citizenId) ui.locationPanel.hidden = !ui.locationPanel.hidden;
});
ui.closeLocation.addEventListener('click', () => {
  ui.locationPanel.hidden = true;
});
ui.locate.addEventListener('click', () => {
  if (!navigator.geolocation) return toast(T.noGeolocation, 'error');
  toast(T.locating);
  navigator.geolocation.getCurrentPosition(
    (position) => {
      ui.latitude.value = position.coords.latitude.toFixed(6);
      ui.longitude.value = position.coords.longitude.toFixed(6);
      ui.toast.hidden = true;
    },
    () => toast(T.noGeolocation, 'error'),
    { timeout: 8_000, maximumAge: 60_000 },
  );
});
ui.sendLocation.addEventListener('click', () => {
  const latitude = Number(ui.latitude.value);
  const longitude = Number(ui.longitude.value);
  const valid =
    ui.latitude.value !== '' && ui.longitude.value !== '' && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  if (!valid) return toast(T.badLocation, 'error');
  ui.locationPanel.hidden = true;
  void sendAsCitizen({ type: 'location', latitude, longitude });
});

await loadCitizens();
// The citizen this browser used last, else the first one there is (another browser may have created it): the chat
// opens ready to type. With none yet, the hint says to create one.
const remembered = localStorage.getItem(SELECTED_CITIZEN_KEY);
const opening = state.citizens.find((c) => c.id === remembered) ?? state.citizens[0];
if (opening) {
  ui.citizenSelect.value = opening.id;
  selectCitizen(opening.id);
}
