// 行政复议案件系统 — 门户（纯 HTML/CSS/JS，无构建步骤）。
// Talks to the same HTTP API as every other client: /v1/* (Bearer token) and the local-only /local/*.

// ---------------------------------------------------------------------------------------------
// Labels
// ---------------------------------------------------------------------------------------------

// Vocabulary served by GET /v1/rules (from shared/domain), loaded once at boot.
let actKindsZh = {};
let refusalReasonsZh = {};
let roleLabelsZh = {};

const agentKindsZh = {
  lawyer: '律师',
  legalWorker: '基层法律服务工作者',
  relative: '近亲属',
  other: '其他公民',
};

const trackZh = { ordinary: '普通程序', simplified: '简易程序' };
const closureZh = { refused: '不予受理', withdrawn: '撤回申请', abandoned: '视为放弃申请' };
const responsibleZh = { body: '复议机关', applicant: '申请人', respondent: '被申请人' };

/** Suggestions for the “需补正事项” field of a correction notice. */
const correctionFieldSuggestions = [
  '申请人身份证明',
  '被申请的行政行为文书',
  '行政复议请求',
  '事实和理由',
  '证据材料',
  '代理人授权委托书',
  '联系电话',
  '住址或住所',
];

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** Creates an element. Children may be strings, nodes, arrays, or null/false (skipped). */
function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'testid') el.setAttribute('data-testid', v);
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'value' && 'value' in el) el.value = v;
    else if (k === 'checked' || k === 'selected') el[k] = Boolean(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  appendChildren(el, children);
  return el;
}

/** Like el.replaceChildren, but skips null/false/'' children (replaceChildren would print "null"). */
function setChildren(el, ...children) {
  el.replaceChildren();
  appendChildren(el, children);
}

function appendChildren(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false || c === '') continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

let idCounter = 0;
const uid = (prefix) => `${prefix}-${++idCounter}`;

const $ = (sel, root = document) => root.querySelector(sel);

/** 'YYYY-MM-DD' → '2026年2月10日'. */
function dateZh(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dateTimeZh = (iso) => (iso ? dateTimeFormat.format(new Date(iso)) : '');

const dateEl = (iso) => h('time', { datetime: iso }, dateZh(iso));
const dateTimeEl = (iso) => h('time', { datetime: iso }, dateTimeZh(iso));

/** A fresh Idempotency-Key (crypto.randomUUID needs a secure context; fall back otherwise). */
function newIdempotencyKey() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `k-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const badge = (text, kind = '', testid, title) =>
  h('span', { class: `badge ${kind}`.trim(), testid, title }, text);

/** What "暂定" means, on the badge's tooltip and under the explanation. */
const provisionalHint =
  '“暂定”表示相关年份的官方节假日安排尚未载入，暂按周末及法定节假日计算（未计调休），载入后将自动重新计算。';
const provisionalBadge = (testid) => badge('暂定', 'provisional', testid, provisionalHint);

// ---------------------------------------------------------------------------------------------
// Session and API
// ---------------------------------------------------------------------------------------------

const session = {
  get token() {
    return sessionStorage.getItem('ajc.token') ?? undefined;
  },
  get user() {
    const raw = sessionStorage.getItem('ajc.user');
    return raw ? JSON.parse(raw) : undefined;
  },
  save(token, user) {
    sessionStorage.setItem('ajc.token', token);
    sessionStorage.setItem('ajc.user', JSON.stringify(user));
  },
  clear() {
    sessionStorage.removeItem('ajc.token');
    sessionStorage.removeItem('ajc.user');
  },
};

/** Calls the API. Resolves to {ok, status, body}; a network failure resolves with status 0. */
async function api(method, path, body, headers = {}) {
  const token = session.token;
  let res;
  try {
    res = await fetch(path, {
      method,
      headers: {
        accept: 'application/json, application/problem+json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      body: { code: 'network', detail: '无法连接服务器，请检查网络后重试', errors: [] },
    };
  }
  const text = await res.text();
  let parsed;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = { detail: text };
  }
  if (res.status === 401 && token && !path.startsWith('/local/')) {
    session.clear();
    flash = '登录已失效，请重新登录';
    location.hash = '#/';
  }
  return { ok: res.ok, status: res.status, body: parsed };
}

let directoryCache;
async function directory() {
  if (!directoryCache) {
    const r = await api('GET', '/v1/agencies');
    if (!r.ok) throw new Error(r.body?.detail ?? '无法读取机关名录');
    directoryCache = r.body;
  }
  return directoryCache;
}

// ---------------------------------------------------------------------------------------------
// Problem+json display
// ---------------------------------------------------------------------------------------------

/** Clears every field error inside root. */
function clearErrors(root) {
  for (const el of root.querySelectorAll('.field-error')) el.remove();
  for (const el of root.querySelectorAll('[aria-invalid="true"]')) {
    el.removeAttribute('aria-invalid');
    if (el.dataset.baseDescribedby) el.setAttribute('aria-describedby', el.dataset.baseDescribedby);
    else el.removeAttribute('aria-describedby');
  }
  for (const el of root.querySelectorAll('.has-error')) el.classList.remove('has-error');
  const summary = root.querySelector('.error-summary');
  if (summary) {
    summary.hidden = true;
    setChildren(summary);
  }
}

/** The visible element for an error path, trying `a.b.c`, then `a.b`, then `a`. */
function fieldFor(root, path) {
  const parts = String(path ?? '').split('.');
  while (parts.length) {
    const p = parts.join('.');
    const candidates = [...root.querySelectorAll('[data-path]')].filter(
      (el) => el.dataset.path === p && !el.closest('[hidden]'),
    );
    if (candidates[0]) return candidates[0];
    parts.pop();
  }
  return undefined;
}

/** Labels for error paths that have no field of their own on the page (or need their item number). */
const pathLabels = [
  [/^items\.(\d+)\.field$/, (m) => `第${Number(m[1]) + 1}项需补正的事项`],
  [/^items\.(\d+)\.descriptionZh$/, (m) => `第${Number(m[1]) + 1}项补正要求`],
  [/^answers\.(\d+)\.textZh$/, (m) => `第${Number(m[1]) + 1}项补正内容`],
  [/^headers\.idempotency-key$/, () => '重复提交标识'],
  [/^headers\.content-type$/, () => '请求格式'],
  [/^expectedVersion$/, () => '案件版本'],
];

/** The text of a field's own label (or legend), without the required mark. */
const labelText = (el) =>
  el
    ?.querySelector('label, legend')
    ?.textContent?.replace(/\s*\*\s*$/, '')
    .trim();

/** What a person calls the field at `path`: never the internal path itself. */
function labelFor(root, path) {
  for (const [re, label] of pathLabels) {
    const m = re.exec(path);
    if (m) return label(m);
  }
  return labelText(fieldFor(root, path)) || '提交的内容';
}

/** Shows a problem: a summary at the top listing each error by its label, and each error next to its field. */
function showProblem(root, problem) {
  clearErrors(root);
  const summary = root.querySelector('.error-summary');
  const errors = problem?.errors ?? [];
  let firstField;
  for (const err of errors) {
    const wrap = fieldFor(root, err.path);
    if (!wrap) continue;
    const id = uid('err');
    const msg = h('p', { class: 'field-error', id, testid: `error-${err.path}` }, err.messageZh);
    wrap.classList.add('has-error');
    const control = wrap.matches('input,select,textarea')
      ? wrap
      : wrap.querySelector('input,select,textarea');
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      control.dataset.baseDescribedby ??= control.getAttribute('aria-describedby') ?? '';
      const describedBy = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      control.setAttribute('aria-describedby', [...describedBy, id].join(' '));
    }
    if (wrap.matches('input,select,textarea')) wrap.after(msg);
    else wrap.append(msg);
    firstField ??= control;
  }
  if (summary) {
    const omitted = problem?.omittedErrors ?? 0;
    const title =
      problem?.code === 'request.invalid' && errors.length
        ? `提交的内容有${errors.length + omitted}处需要修改：`
        : (problem?.detail ?? '请求未能完成');
    setChildren(
      summary,
      h('p', { class: 'error-title' }, title),
      errors.length
        ? h(
            'ul',
            null,
            errors.map((e) => h('li', null, `${labelFor(root, e.path)}：${e.messageZh}`)),
            omitted ? h('li', null, `另有${omitted}处未列出`) : null,
          )
        : null,
    );
    summary.hidden = false;
    summary.focus();
  } else firstField?.focus();
}

const errorSummary = (testid) =>
  h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', testid, hidden: true });

// ---------------------------------------------------------------------------------------------
// Form building blocks
// ---------------------------------------------------------------------------------------------

/** A labelled control. `path` is the API field path its errors come back under. */
function field({ label, path, control, hint, required, testid, wide }) {
  const id = control.id || uid('f');
  control.id = id;
  if (testid) control.setAttribute('data-testid', testid);
  if (required) control.setAttribute('aria-required', 'true');
  let hintEl;
  if (hint) {
    hintEl = h('p', { class: 'hint', id: `${id}-hint` }, hint);
    control.setAttribute('aria-describedby', hintEl.id);
  }
  return h(
    'div',
    { class: `field${wide ? ' wide' : ''}`, 'data-path': path },
    h(
      'label',
      { for: id },
      label,
      required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null,
    ),
    control,
    hintEl,
  );
}

const input = (props = {}) => h('input', { type: 'text', ...props });
const textarea = (props = {}) => h('textarea', { rows: 3, ...props });
function select(options, props = {}, placeholder) {
  return h(
    'select',
    props,
    placeholder !== undefined ? h('option', { value: '' }, placeholder) : null,
    options.map(([value, label]) => h('option', { value }, label)),
  );
}

/** A yes/no radio group; `.value()` is true, false or undefined. */
function yesNo({ legend, path, name, testid, onchange }) {
  const yes = h('input', {
    type: 'radio',
    name,
    value: 'yes',
    id: uid('r'),
    testid: `${testid}-yes`,
    onchange,
  });
  const no = h('input', { type: 'radio', name, value: 'no', id: uid('r'), testid: `${testid}-no`, onchange });
  const el = h(
    'fieldset',
    { class: 'field radios', 'data-path': path },
    h('legend', null, legend, h('span', { class: 'req', 'aria-hidden': 'true' }, ' *')),
    h('label', { for: yes.id, class: 'inline' }, yes, ' 是'),
    h('label', { for: no.id, class: 'inline' }, no, ' 否'),
  );
  return { el, value: () => (yes.checked ? true : no.checked ? false : undefined) };
}

function checkbox({ label, testid, path, onchange, checked }) {
  const box = h('input', { type: 'checkbox', id: uid('c'), testid, onchange, checked });
  return {
    el: h('div', { class: 'field check', 'data-path': path }, box, h('label', { for: box.id }, label)),
    box,
  };
}

// ---------------------------------------------------------------------------------------------
// Router
// ---------------------------------------------------------------------------------------------

let flash;
let renderSeq = 0;

const navByRole = {
  applicant: [
    ['#/mine', '我的案件'],
    ['#/new', '提交申请'],
    ['#/notifications', '通知'],
  ],
  clerk: [
    ['#/queue', '待办队列'],
    ['#/notifications', '通知'],
  ],
  officeHead: [
    ['#/queue', '待办队列'],
    ['#/overdue', '逾期督办'],
    ['#/notifications', '通知'],
  ],
  respondent: [
    ['#/respondent', '被申请案件'],
    ['#/notifications', '通知'],
  ],
  supervisor: [
    ['#/overdue', '逾期督办'],
    ['#/notifications', '通知'],
  ],
  committeeMember: [['#/notifications', '通知']],
  admin: [
    ['#/clock', '演示时钟'],
    ['#/notifications', '通知'],
  ],
};

function homeFor(user) {
  return navByRole[user.role]?.[0]?.[0] ?? '#/notifications';
}

function renderChrome(route) {
  const user = session.user;
  const sessionBox = $('#session');
  const nav = $('#nav');
  if (!user) {
    sessionBox.hidden = true;
    nav.hidden = true;
    setChildren(nav);
    return;
  }
  sessionBox.hidden = false;
  $('#session-name').textContent =
    user.nameZh === roleLabelsZh[user.role]
      ? user.nameZh
      : `${user.nameZh}（${roleLabelsZh[user.role] ?? user.role}）`;
  $('#session-desc').textContent = user.descriptionZh ?? '';
  nav.hidden = false;
  const clock = h('span', { class: 'nav-clock muted', testid: 'header-clock' });
  api('GET', '/local/clock').then((r) => {
    if (r.ok) clock.textContent = `演示时钟：${dateTimeZh(r.body.now)}`;
  });
  setChildren(
    nav,
    h(
      'ul',
      null,
      (navByRole[user.role] ?? []).map(([href, label]) =>
        h(
          'li',
          null,
          h(
            'a',
            {
              href,
              testid: `nav-${href.slice(2)}`,
              'aria-current': route.startsWith(href) ? 'page' : undefined,
            },
            label,
          ),
        ),
      ),
    ),
    clock,
  );
}

async function render() {
  const seq = ++renderSeq;
  const current = () => seq === renderSeq;
  const route = location.hash || '#/';
  const main = $('#main');
  const user = session.user;
  if (!user) {
    renderChrome(route);
    return renderSignIn(main, current);
  }
  if (route === '#/' || route === '#') {
    location.replace(homeFor(user));
    return;
  }
  renderChrome(route);
  setChildren(main, h('p', { class: 'loading' }, '正在加载……'));
  try {
    const caseMatch = /^#\/case\/([0-9a-f-]+)$/.exec(route);
    if (caseMatch) return await renderCase(main, current, caseMatch[1]);
    switch (route) {
      case '#/new':
        return await renderApplicationForm(main, current);
      case '#/mine':
        return await renderCaseList(main, current, 'mine');
      case '#/queue':
        return await renderCaseList(main, current, 'queue');
      case '#/respondent':
        return await renderCaseList(main, current, 'respondent');
      case '#/overdue':
        return await renderCaseList(main, current, 'overdue');
      case '#/notifications':
        return await renderNotifications(main, current);
      case '#/clock':
        return await renderClock(main, current);
      default:
        setChildren(main, page('页面不存在', h('p', null, h('a', { href: homeFor(user) }, '返回首页'))));
    }
  } catch (err) {
    if (!current()) return;
    setChildren(
      main,
      page('出错了', h('p', { class: 'alert error', role: 'alert' }, String(err?.message ?? err))),
    );
  }
}

/** A page: a heading (focused after navigation, for screen readers) and its content. */
function page(title, ...content) {
  const heading = h('h1', { tabindex: '-1', testid: 'page-title' }, title);
  document.title = `${heading.textContent} — 行政复议案件系统`;
  const flashEl = flash ? h('p', { class: 'alert ok', role: 'status', testid: 'flash' }, flash) : null;
  flash = undefined;
  return h('section', { class: 'page' }, heading, flashEl, ...content);
}

function show(main, current, pageEl) {
  if (!current()) return false;
  setChildren(main, pageEl);
  pageEl.querySelector('h1')?.focus({ preventScroll: true });
  return true;
}

// ---------------------------------------------------------------------------------------------
// Sign in
// ---------------------------------------------------------------------------------------------

async function renderSignIn(main, current) {
  setChildren(main, h('p', { class: 'loading' }, '正在加载……'));
  const r = await api('GET', '/local/users');
  if (!current()) return;
  const status = errorSummary('sign-in-error');
  const users = r.ok ? r.body.users : [];
  const signIn = async (username, button) => {
    button.disabled = true;
    const res = await api('POST', '/local/sign-in', { username });
    button.disabled = false;
    if (!res.ok) return showProblem(status.parentElement, res.body);
    session.save(res.body.token, res.body.user);
    const home = homeFor(res.body.user);
    if (location.hash === home) render();
    else location.hash = home;
  };
  const list = h(
    'ul',
    { class: 'user-list', 'aria-label': '演示用户' },
    users.map((u) => {
      const button = h(
        'button',
        { type: 'button', class: 'user-card', testid: `sign-in-${u.username}` },
        h('span', { class: 'user-name' }, u.nameZh),
        h('span', { class: 'user-role' }, roleLabelsZh[u.role] ?? u.role),
        h('span', { class: 'user-desc' }, u.descriptionZh),
        h('span', { class: 'user-login muted' }, `用户名：${u.username}`),
      );
      button.addEventListener('click', () => signIn(u.username, button));
      return h('li', null, button);
    }),
  );
  show(
    main,
    current,
    page(
      '选择演示用户登录',
      h('p', { class: 'muted' }, '本地演示环境：选择一位用户即可登录，无需密码。'),
      h('div', null, status, r.ok ? list : h('p', { class: 'alert error' }, '无法读取演示用户列表')),
    ),
  );
}

function signOut() {
  session.clear();
  flash = '已退出登录';
  if (location.hash === '#/') render();
  else location.hash = '#/';
}

// ---------------------------------------------------------------------------------------------
// Application form (申请人)
// ---------------------------------------------------------------------------------------------

/** The filing in flight: a retry of the same application reuses its Idempotency-Key. */
let pendingFiling;

async function renderApplicationForm(main, current) {
  const { agencies } = await directory();
  if (!current()) return;
  const user = session.user;
  if (user.role !== 'applicant') {
    show(
      main,
      current,
      page('提交行政复议申请', h('p', { class: 'alert' }, '只有申请人可以在线提交行政复议申请。')),
    );
    return;
  }

  // The form's controls by name.
  const r = {
    personName: input({ autocomplete: 'name' }),
    residentId: input({ inputmode: 'text', maxlength: 18 }),
    personPhone: input({ type: 'tel', autocomplete: 'tel' }),
    personAddress: input({ autocomplete: 'street-address' }),
    orgName: input({ autocomplete: 'organization' }),
    uscc: input({ maxlength: 18 }),
    legalRep: input(),
    orgPhone: input({ type: 'tel' }),
    orgAddress: input(),
    agentName: input(),
    agentPhone: input({ type: 'tel' }),
    agentKind: select(Object.entries(agentKindsZh), {}, '请选择'),
    rightsLearnedOn: input({ type: 'date' }),
    delayReason: textarea({ rows: 3 }),
    title: input(),
    documentNumber: input(),
    madeOn: input({ type: 'date' }),
    learnedOn: input({ type: 'date' }),
    kind: select(Object.entries(actKindsZh), {}, '请选择'),
    amount: input({ type: 'number', min: 0, step: '0.01', inputmode: 'decimal' }),
    requests: textarea({ rows: 2 }),
    facts: textarea({ rows: 6 }),
  };
  const summary = errorSummary('form-error');

  // 申请人
  r.typePerson = h('input', {
    type: 'radio',
    name: 'applicant-type',
    value: 'person',
    id: uid('r'),
    checked: true,
    testid: 'applicant-type-person',
  });
  r.typeOrg = h('input', {
    type: 'radio',
    name: 'applicant-type',
    value: 'organisation',
    id: uid('r'),
    testid: 'applicant-type-organisation',
  });
  const personBox = h(
    'div',
    { class: 'grid' },
    field({
      label: '姓名',
      path: 'applicant.name',
      required: true,
      testid: 'field-person-name',
      control: r.personName,
    }),
    field({
      label: '公民身份号码',
      path: 'applicant.residentId',
      required: true,
      testid: 'field-person-residentId',
      hint: '18位，末位可为X',
      control: r.residentId,
    }),
    field({
      label: '联系电话',
      path: 'applicant.phone',
      required: true,
      testid: 'field-person-phone',
      hint: '手机号11位，或带区号的固定电话',
      control: r.personPhone,
    }),
    field({
      label: '住址',
      path: 'applicant.address',
      required: true,
      testid: 'field-person-address',
      wide: true,
      control: r.personAddress,
    }),
  );
  const orgBox = h(
    'div',
    { class: 'grid', hidden: true },
    field({
      label: '单位名称',
      path: 'applicant.name',
      required: true,
      testid: 'field-org-name',
      control: r.orgName,
    }),
    field({
      label: '统一社会信用代码',
      path: 'applicant.uscc',
      required: true,
      testid: 'field-org-uscc',
      hint: '18位',
      control: r.uscc,
    }),
    field({
      label: '法定代表人或主要负责人',
      path: 'applicant.legalRepresentative',
      required: true,
      testid: 'field-org-legalRepresentative',
      control: r.legalRep,
    }),
    field({
      label: '电话',
      path: 'applicant.phone',
      required: true,
      testid: 'field-org-phone',
      control: r.orgPhone,
    }),
    field({
      label: '住所',
      path: 'applicant.address',
      required: true,
      testid: 'field-org-address',
      wide: true,
      control: r.orgAddress,
    }),
  );
  const syncType = () => {
    personBox.hidden = !r.typePerson.checked;
    orgBox.hidden = !r.typeOrg.checked;
  };
  r.typePerson.addEventListener('change', syncType);
  r.typeOrg.addEventListener('change', syncType);

  // 代理人
  const agentToggle = checkbox({ label: '委托代理人代为申请', testid: 'has-agent' });
  const agentBox = h(
    'div',
    { class: 'grid', hidden: true },
    field({
      label: '代理人姓名',
      path: 'agent.name',
      required: true,
      testid: 'field-agent.name',
      control: r.agentName,
    }),
    field({
      label: '代理人电话',
      path: 'agent.phone',
      required: true,
      testid: 'field-agent.phone',
      control: r.agentPhone,
    }),
    field({
      label: '代理人类型',
      path: 'agent.kind',
      required: true,
      testid: 'field-agent.kind',
      control: r.agentKind,
    }),
  );
  agentToggle.box.addEventListener('change', () => {
    agentBox.hidden = !agentToggle.box.checked;
  });

  // 被申请人
  const byRegion = new Map();
  for (const a of agencies) {
    const region = a.regionZh ?? '其他';
    if (!byRegion.has(region)) byRegion.set(region, []);
    byRegion.get(region).push(a);
  }
  r.respondent = h(
    'select',
    null,
    h('option', { value: '' }, '请选择作出行政行为的机关'),
    [...byRegion].map(([region, list]) =>
      h(
        'optgroup',
        { label: region },
        list.map((a) => h('option', { value: a.agencyId ?? a.id }, a.nameZh)),
      ),
    ),
  );
  const respondentHint = h('p', { class: 'hint', 'aria-live': 'polite', testid: 'respondent-hint' });
  r.respondent.addEventListener('change', () => {
    const a = agencies.find((x) => (x.agencyId ?? x.id) === r.respondent.value);
    respondentHint.textContent = a ? `复议机关预计为：${a.competentBodyNameZh}` : '';
  });

  // 行政行为
  const rightsNotified = yesNo({
    legend: '行政机关是否告知了申请复议的权利、复议机关和期限',
    path: 'act.rightsNotified',
    name: 'rights-notified',
    testid: 'field-act.rightsNotified',
  });
  const rightsLearnedBox = field({
    label: '知道申请复议权利的日期',
    path: 'act.rightsLearnedOn',
    testid: 'field-act.rightsLearnedOn',
    hint: '行政机关未告知时填写（《行政复议法》第二十条第三款）',
    control: r.rightsLearnedOn,
  });
  rightsLearnedBox.hidden = true;
  for (const radio of rightsNotified.el.querySelectorAll('input')) {
    radio.addEventListener('change', () => {
      rightsLearnedBox.hidden = rightsNotified.value() !== false;
    });
  }
  const onTheSpot = yesNo({
    legend: '是否为当场作出的行政处罚',
    path: 'act.onTheSpot',
    name: 'on-the-spot',
    testid: 'field-act.onTheSpot',
  });
  const realProperty = checkbox({
    label: '行政行为涉及不动产',
    testid: 'field-act.realProperty',
    path: 'act.realProperty',
  });
  const hearing = checkbox({ label: '申请听证', testid: 'field-hearingRequested', path: 'hearingRequested' });

  // 迟延理由（仅在可能逾期时显示）
  const delayBox = h(
    'fieldset',
    { class: 'section', hidden: true, testid: 'delay-section' },
    h('legend', null, '迟延理由'),
    field({
      label: '因不可抗力或者其他正当理由耽误申请期限的，请说明理由',
      path: 'delayReason',
      wide: true,
      testid: 'field-delayReason',
      hint: '《行政复议法》第二十条第二款：耽误法定申请期限的，申请期限自障碍消除之日起继续计算。',
      control: r.delayReason,
    }),
  );

  const previewBox = h('div', { class: 'preview', testid: 'preview', 'aria-live': 'polite', hidden: true });
  const checkButton = h(
    'button',
    { type: 'submit', class: 'button primary', testid: 'check-application' },
    '核对管辖与申请期限',
  );
  const exampleButton = h(
    'button',
    { type: 'button', class: 'button secondary', testid: 'fill-example' },
    '填入示例数据',
  );

  const form = h(
    'form',
    { class: 'card form', novalidate: true, testid: 'application-form', 'aria-describedby': 'form-intro' },
    summary,
    h(
      'p',
      { id: 'form-intro', class: 'muted' },
      '带 * 的为必填项。提交前系统会核对有管辖权的复议机关和法定申请期限。',
    ),
    h(
      'fieldset',
      { class: 'section' },
      h('legend', null, '申请人'),
      h(
        'fieldset',
        { class: 'field radios', 'data-path': 'applicant' },
        h('legend', null, '申请人类型'),
        h('label', { for: r.typePerson.id, class: 'inline' }, r.typePerson, ' 公民（自然人）'),
        h('label', { for: r.typeOrg.id, class: 'inline' }, r.typeOrg, ' 法人或者其他组织'),
      ),
      personBox,
      orgBox,
    ),
    h('fieldset', { class: 'section' }, h('legend', null, '委托代理人（可选）'), agentToggle.el, agentBox),
    h(
      'fieldset',
      { class: 'section' },
      h('legend', null, '被申请人'),
      field({
        label: '被申请人（作出行政行为的行政机关）',
        path: 'respondentAgencyId',
        required: true,
        wide: true,
        testid: 'field-respondentAgencyId',
        control: r.respondent,
      }),
      respondentHint,
    ),
    h(
      'fieldset',
      { class: 'section' },
      h('legend', null, '被申请复议的行政行为'),
      h(
        'div',
        { class: 'grid' },
        field({
          label: '行政行为名称',
          path: 'act.title',
          required: true,
          testid: 'field-act.title',
          hint: '如：行政处罚决定书',
          control: r.title,
        }),
        field({
          label: '文书编号',
          path: 'act.documentNumber',
          testid: 'field-act.documentNumber',
          hint: '如有',
          control: r.documentNumber,
        }),
        field({
          label: '作出日期',
          path: 'act.madeOn',
          required: true,
          testid: 'field-act.madeOn',
          control: r.madeOn,
        }),
        field({
          label: '知道该行政行为的日期',
          path: 'act.learnedOn',
          required: true,
          testid: 'field-act.learnedOn',
          hint: '如收到决定书的日期',
          control: r.learnedOn,
        }),
        field({
          label: '行政行为类型',
          path: 'act.kind',
          required: true,
          testid: 'field-act.kind',
          control: r.kind,
        }),
        field({
          label: '涉及金额（元）',
          path: 'act.amountYuan',
          testid: 'field-act.amountYuan',
          hint: '罚款、没收等涉及金额的填写',
          control: r.amount,
        }),
      ),
      rightsNotified.el,
      rightsLearnedBox,
      onTheSpot.el,
      realProperty.el,
    ),
    h(
      'fieldset',
      { class: 'section' },
      h('legend', null, '复议请求、事实和理由'),
      field({
        label: '行政复议请求',
        path: 'requests',
        required: true,
        wide: true,
        testid: 'field-requests',
        control: r.requests,
      }),
      field({
        label: '事实和理由',
        path: 'factsAndReasons',
        required: true,
        wide: true,
        testid: 'field-factsAndReasons',
        control: r.facts,
      }),
      hearing.el,
    ),
    delayBox,
    h('div', { class: 'form-actions' }, checkButton, exampleButton),
    previewBox,
  );

  const value = (el) => el.value.trim();

  /** The application as the API expects it (applicationSchema). Empty optional fields are left out. */
  function collect() {
    const person = r.typePerson.checked;
    const application = {
      applicant: person
        ? {
            type: 'person',
            name: value(r.personName),
            residentId: value(r.residentId),
            phone: value(r.personPhone),
            address: value(r.personAddress),
          }
        : {
            type: 'organisation',
            name: value(r.orgName),
            uscc: value(r.uscc),
            legalRepresentative: value(r.legalRep),
            phone: value(r.orgPhone),
            address: value(r.orgAddress),
          },
      respondentAgencyId: r.respondent.value,
      act: {
        title: value(r.title),
        madeOn: r.madeOn.value || undefined,
        learnedOn: r.learnedOn.value || undefined,
        rightsNotified: rightsNotified.value(),
        onTheSpot: onTheSpot.value(),
        kind: r.kind.value || undefined,
        realProperty: realProperty.box.checked,
      },
      requests: value(r.requests),
      factsAndReasons: value(r.facts),
      hearingRequested: hearing.box.checked,
    };
    if (value(r.documentNumber)) application.act.documentNumber = value(r.documentNumber);
    if (rightsNotified.value() === false && r.rightsLearnedOn.value)
      application.act.rightsLearnedOn = r.rightsLearnedOn.value;
    if (value(r.amount) !== '') application.act.amountYuan = Number(value(r.amount));
    if (agentToggle.box.checked)
      application.agent = {
        name: value(r.agentName),
        phone: value(r.agentPhone),
        kind: r.agentKind.value || undefined,
      };
    if (!delayBox.hidden && value(r.delayReason)) application.delayReason = value(r.delayReason);
    return application;
  }
  const previewKeyOf = (application) => JSON.stringify({ ...application, delayReason: undefined });

  let preview; // { key, result }

  function invalidatePreview(event) {
    if (!preview) return;
    if (event && (delayBox.contains(event.target) || previewBox.contains(event.target))) return;
    if (previewKeyOf(collect()) === preview.key) return;
    preview = undefined;
    setChildren(
      previewBox,
      h('p', { class: 'alert' }, '申请内容已修改，请重新点击“核对管辖与申请期限”后再提交。'),
    );
  }
  form.addEventListener('input', invalidatePreview);
  form.addEventListener('change', invalidatePreview);

  async function check() {
    clearErrors(form);
    const application = collect();
    checkButton.disabled = true;
    const res = await api('POST', '/v1/cases/timeliness', application);
    checkButton.disabled = false;
    if (!res.ok) {
      preview = undefined;
      previewBox.hidden = true;
      showProblem(form, res.body);
      return;
    }
    preview = { key: previewKeyOf(application), result: res.body };
    renderPreview(res.body);
  }

  function renderPreview(p) {
    const late = !p.timeliness.timely;
    if (late) delayBox.hidden = false;
    const confirm = late
      ? checkbox({
          label: '我已知悉本申请可能已超过法定申请期限，仍要提交',
          testid: 'confirm-late',
          path: 'confirmLate',
        })
      : undefined;
    const submit = h(
      'button',
      { type: 'button', class: 'button primary', testid: 'submit-application' },
      '确认提交申请',
    );
    submit.addEventListener('click', () => file(confirm, submit));
    setChildren(
      previewBox,
      h('h2', null, '提交前核对'),
      h(
        'dl',
        { class: 'facts' },
        h('dt', null, '复议机关'),
        h(
          'dd',
          { testid: 'preview-body' },
          p.competentBody.nameZh,
          p.competentBody.officeNameZh
            ? h('span', { class: 'muted' }, `（承办：${p.competentBody.officeNameZh}）`)
            : null,
        ),
        h('dt', null, '管辖依据'),
        h('dd', { testid: 'preview-basis' }, p.competenceBasisZh),
        h('dt', null, '申请期限'),
        h(
          'dd',
          null,
          h(
            'p',
            { class: `alert ${late ? 'warn' : 'ok'}`, testid: 'preview-timeliness' },
            p.timeliness.messageZh,
          ),
          p.timeliness.provisional ? provisionalBadge() : null,
          p.timeliness.explanationsZh?.length
            ? h(
                'details',
                null,
                h('summary', null, '期限如何计算'),
                h(
                  'ul',
                  null,
                  p.timeliness.explanationsZh.map((e) => h('li', null, e)),
                ),
              )
            : null,
        ),
        p.simplifiedEligible
          ? [h('dt', null, '审理程序'), h('dd', null, '本案可能适用简易程序（《行政复议法》第五十三条）。')]
          : null,
        p.mustReconsiderFirst
          ? [
              h('dt', null, '复议前置'),
              h('dd', null, '本案属于应当先申请行政复议的情形（《行政复议法》第二十三条）。'),
            ]
          : null,
      ),
      late
        ? h(
            'div',
            { class: 'alert error', role: 'alert', testid: 'late-warning' },
            h('strong', null, '注意：按您填写的日期，本申请可能已超过法定申请期限。'),
            h(
              'p',
              null,
              '超过期限且无正当理由的，复议机关可以决定不予受理。如因不可抗力或其他正当理由耽误期限，请在上方“迟延理由”中说明。',
            ),
            confirm.el,
          )
        : null,
      h('div', { class: 'form-actions' }, submit),
    );
    previewBox.hidden = false;
    previewBox.scrollIntoView({ block: 'nearest' });
    if (late) r.delayReason.focus();
    else submit.focus();
  }

  async function file(confirm, submit) {
    clearErrors(form);
    if (confirm && !confirm.box.checked) {
      showProblem(form, {
        detail: '申请可能已超过法定申请期限，请勾选确认后再提交',
        errors: [{ path: 'confirmLate', messageZh: '请勾选确认' }],
      });
      return;
    }
    const application = collect();
    if (!preview || previewKeyOf(application) !== preview.key) return check();
    const body = JSON.stringify(application);
    if (pendingFiling?.body !== body) pendingFiling = { body, key: newIdempotencyKey() };
    submit.disabled = true;
    const res = await api('POST', '/v1/cases', application, { 'idempotency-key': pendingFiling.key });
    submit.disabled = false;
    if (!res.ok) {
      showProblem(form, res.body);
      return;
    }
    pendingFiling = undefined;
    flash = `申请已提交，案件编号：${res.body.caseNumber}`;
    location.hash = `#/case/${res.body.id}`;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    check();
  });

  exampleButton.addEventListener('click', async () => {
    const clock = await api('GET', '/local/clock');
    const today = clock.ok ? new Date(clock.body.now) : new Date();
    const daysAgo = (n) =>
      new Date(today.getTime() - n * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    r.typePerson.checked = true;
    syncType();
    r.personName.value = session.user?.nameZh ?? '张三';
    r.residentId.value = '630102198503124323';
    r.personPhone.value = '13897001234';
    r.personAddress.value = '青海省西宁市城中区南大街1号';
    r.respondent.value = 'dept-xn-scjg';
    r.respondent.dispatchEvent(new Event('change'));
    r.title.value = '行政处罚决定书';
    r.documentNumber.value = '宁市监罚〔2026〕88号';
    r.madeOn.value = daysAgo(8);
    r.learnedOn.value = daysAgo(5);
    rightsNotified.el.querySelector('input[value="yes"]').checked = true;
    rightsLearnedBox.hidden = true;
    onTheSpot.el.querySelector('input[value="no"]').checked = true;
    r.kind.value = 'fine';
    r.amount.value = '5000';
    r.requests.value = '撤销宁市监罚〔2026〕88号行政处罚决定';
    r.facts.value = '被申请人认定事实不清，所依据的检测报告未送达申请人，程序违法。';
    invalidatePreview();
  });

  show(main, current, page('提交行政复议申请', form));
}

// ---------------------------------------------------------------------------------------------
// Case lists
// ---------------------------------------------------------------------------------------------

const listTitles = {
  mine: '我的案件',
  queue: '待办队列',
  respondent: '被申请案件',
  overdue: '逾期督办',
};

function deadlineCell(d) {
  if (!d) return h('span', { class: 'muted' }, '—');
  return h(
    'div',
    null,
    h('span', { class: 'due' }, dateEl(d.dueDate), '（当日24时止）'),
    d.overdue ? badge(d.statusZh ?? '已逾期', 'danger') : null,
    d.provisional && d.status === 'open' ? provisionalBadge() : null,
    h('div', { class: 'muted small' }, d.labelZh),
  );
}

async function renderCaseList(main, current, view) {
  const res = await api('GET', `/v1/cases?view=${view}`);
  if (!current()) return;
  const title = listTitles[view];
  if (!res.ok) {
    show(
      main,
      current,
      page(title, h('p', { class: 'alert error', role: 'alert' }, res.body?.detail ?? '无法读取案件列表')),
    );
    return;
  }
  const items = res.body.items;
  const intro = {
    mine: '您提交的行政复议申请。点击案件编号查看详情、补正材料或撤回申请。',
    queue: '本机关待办理的案件，按最近届满的法定期限排序。',
    respondent: '以本机关为被申请人的案件。',
    overdue: '已超过法定期限仍未办结的事项。',
  }[view];
  const newButton =
    view === 'mine'
      ? h('a', { class: 'button primary', href: '#/new', testid: 'new-application' }, '提交新的申请')
      : null;
  const table = items.length
    ? h(
        'table',
        { class: 'cases', testid: `case-list-${view}` },
        h('caption', { class: 'visually-hidden' }, title),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['案件编号', '申请人', '被申请的行政行为', '阶段', '下一期限', '标记'].map((t) =>
              h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        h(
          'tbody',
          null,
          items.map((c) =>
            h(
              'tr',
              { testid: 'case-row', 'data-case-id': c.id },
              h('td', null, h('a', { href: `#/case/${c.id}`, testid: 'case-link' }, c.caseNumber)),
              h('td', null, c.applicantNameZh),
              h('td', null, c.subjectZh),
              h(
                'td',
                { testid: 'case-row-stage' },
                c.stageLabelZh,
                c.status === 'closed' ? badge('已结案', 'muted-badge') : null,
              ),
              h('td', { testid: 'case-row-deadline' }, deadlineCell(c.nextDeadline)),
              h('td', null, c.late ? badge('逾期申请', 'danger', 'late-badge') : null),
            ),
          ),
        ),
      )
    : h(
        'p',
        { class: 'empty', testid: 'case-list-empty' },
        view === 'mine' ? '您还没有提交过申请。' : '暂无案件。',
      );
  show(
    main,
    current,
    page(
      title,
      h('div', { class: 'page-intro' }, h('p', { class: 'muted' }, intro), newButton),
      h('div', { class: 'card' }, table),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Case detail
// ---------------------------------------------------------------------------------------------

function eventDetail(e, c, bodies) {
  const d = e.data ?? {};
  const deadlineLabel = (key) => c.deadlines.find((x) => x.key === key)?.labelZh ?? key;
  switch (e.type) {
    case 'caseFiled':
      return `案件编号 ${d.caseNumber}，由${d.bodyNameZh}办理`;
    case 'correctionRequested':
      return h(
        'ol',
        null,
        (d.items ?? []).map((i) => h('li', null, `${i.field}：${i.descriptionZh}`)),
        d.noteZh ? h('li', { class: 'muted' }, `说明：${d.noteZh}`) : null,
      );
    case 'correctionSubmitted':
      return h(
        'ol',
        null,
        (d.answers ?? []).map((a) => h('li', null, `${a.field}：${a.textZh}`)),
      );
    case 'accepted':
    case 'deemedAccepted':
      return `${trackZh[d.track] ?? d.track}，受理日期 ${dateZh(d.acceptedOn)}`;
    case 'refused':
      return [
        (d.reasons ?? []).map((r) => refusalReasonsZh[r] ?? r).join('；'),
        d.competentBodyNameZh ? `；有管辖权的复议机关：${d.competentBodyNameZh}` : '',
        d.noteZh ? `；说明：${d.noteZh}` : '',
      ].join('');
    case 'forwarded':
      return `转送${d.toBodyNameZh ?? bodies.find((b) => b.id === d.toBodyId)?.nameZh ?? d.toBodyId}，新案件编号 ${d.caseNumber ?? ''}${d.noteZh ? `；说明：${d.noteZh}` : ''}`;
    case 'copySent':
      return `${d.channel === 'online' ? '网上送达' : '邮寄送达'}，发送日期 ${dateZh(d.sentOn)}${d.receivedOn ? `，被申请人当日收到` : ''}`;
    case 'copyReceived':
      return `被申请人收到日期 ${dateZh(d.receivedOn)}`;
    case 'timelinessRecomputed':
      return `申请期限届满日 ${dateZh(d.from.dueDate)} → ${dateZh(d.timeliness.dueDate)}；${d.timeliness.timely ? '在法定申请期限内' : '超过法定申请期限'}`;
    case 'deadlineAwaitingCalendar':
      return `${deadlineLabel(d.key)}（暂定届满日 ${dateZh(d.dueDate)}）待${(d.provisionalYears ?? []).join('、')}年官方节假日安排载入后确定`;
    case 'withdrawn':
      return `撤回理由：${d.reasonZh}`;
    case 'deemedAbandoned':
      return `补正期限 ${dateZh(d.correctionDueDate)} 届满`;
    case 'deadlineWarned':
    case 'deadlineOverdue':
    case 'deadlineLapsed':
      return `${deadlineLabel(d.key)}（${dateZh(d.dueDate)}）`;
    case 'deadlinesRecomputed':
      return h(
        'ul',
        null,
        (d.changes ?? []).map((x) =>
          h('li', null, `${deadlineLabel(x.key)}：${dateZh(x.fromDue)} → ${dateZh(x.toDue)}`),
        ),
      );
    default:
      return null;
  }
}

async function renderCase(main, current, id) {
  const [caseRes, eventsRes, dir] = await Promise.all([
    api('GET', `/v1/cases/${id}`),
    api('GET', `/v1/cases/${id}/events`),
    directory(),
  ]);
  if (!current()) return;
  if (!caseRes.ok) {
    show(
      main,
      current,
      page(
        '案件详情',
        h(
          'p',
          { class: 'alert error', role: 'alert', testid: 'case-error' },
          caseRes.body?.detail ?? '无法读取案件',
        ),
      ),
    );
    return;
  }
  const c = caseRes.body;
  const events = eventsRes.ok ? eventsRes.body.items : [];
  const a = c.application;
  const respondent = dir.agencies.find((x) => (x.agencyId ?? x.id) === a.respondentAgencyId);
  const reload = () => render();

  const header = h(
    'div',
    { class: 'card case-header' },
    h(
      'div',
      { class: 'case-badges' },
      h('span', null, '阶段：', badge(c.stageLabelZh, 'stage', 'case-stage')),
      h(
        'span',
        null,
        '状态：',
        badge(
          c.status === 'open' ? '办理中' : '已结案',
          c.status === 'open' ? 'ok' : 'muted-badge',
          'case-status',
        ),
      ),
      c.track ? badge(trackZh[c.track], '', 'case-track') : null,
      c.timeliness && !c.timeliness.timely ? badge('逾期申请', 'danger', 'late-badge') : null,
      c.deemedAccepted ? badge('视为受理', 'warn') : null,
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, '复议机关'),
      h(
        'dd',
        { testid: 'case-body' },
        c.body.nameZh,
        c.selfReview ? h('span', { class: 'muted' }, '（本机关复议）') : null,
      ),
      h('dt', null, '管辖依据'),
      h('dd', null, c.body.basisZh),
      h('dt', null, '收到申请'),
      h(
        'dd',
        null,
        dateEl(c.receivedOn),
        h('span', { class: 'muted' }, `（提交于 ${dateTimeZh(c.filedAt)}）`),
      ),
      c.acceptedOn ? [h('dt', null, '受理日期'), h('dd', null, dateEl(c.acceptedOn))] : null,
      h('dt', null, '申请期限'),
      h('dd', { testid: 'case-timeliness' }, c.timeliness?.messageZh),
      c.closure
        ? [
            h('dt', null, '结案'),
            h(
              'dd',
              { testid: 'case-closure' },
              `${closureZh[c.closure.kind] ?? c.closure.kind}（${dateZh(c.closure.on)}）：${c.closure.detailZh}`,
            ),
          ]
        : null,
      c.forwardedFrom?.length ? [h('dt', null, '转送来源'), h('dd', null, c.forwardedFrom.join('、'))] : null,
    ),
  );

  const actionsBox = c.allowedActions.length ? renderActions(c, dir, reload) : null;

  const correction = c.correction
    ? h(
        'section',
        { class: 'card', testid: 'correction', 'aria-labelledby': 'correction-h' },
        h('h2', { id: 'correction-h' }, '补正'),
        h(
          'p',
          { class: 'muted' },
          `补正通知发出于 ${dateTimeZh(c.correction.requestedAt)}`,
          c.correction.submittedAt
            ? `；申请人已于 ${dateTimeZh(c.correction.submittedAt)} 提交补正材料`
            : '；等待申请人补正',
        ),
        h(
          'ol',
          null,
          c.correction.items.map((i) => h('li', null, h('strong', null, i.field), '：', i.descriptionZh)),
        ),
      )
    : null;

  const deadlines = h(
    'section',
    { class: 'card', 'aria-labelledby': 'deadlines-h', testid: 'deadlines' },
    h('h2', { id: 'deadlines-h' }, '法定期限'),
    c.deadlines.length
      ? h(
          'ul',
          { class: 'deadlines' },
          c.deadlines.map((d) =>
            h(
              'li',
              { class: `deadline ${d.status}`, testid: `deadline-${d.key}`, 'data-status': d.status },
              h(
                'div',
                { class: 'deadline-head' },
                h('strong', { class: 'deadline-label' }, d.labelZh),
                h(
                  'span',
                  { class: 'deadline-due' },
                  h('time', { datetime: d.dueDate, testid: 'deadline-due' }, d.dueZh),
                ),
                badge(
                  d.statusZh,
                  d.overdue ? 'danger' : d.status === 'open' ? 'ok' : 'muted-badge',
                  'deadline-status',
                ),
                d.provisional ? provisionalBadge('deadline-provisional') : null,
              ),
              h(
                'p',
                { class: 'muted small' },
                `${d.article} · 由${d.responsibleZh ?? responsibleZh[d.responsible] ?? d.responsible}履行 · 自${dateZh(d.startDate)}（${d.startEventZh}）起算`,
              ),
              h(
                'details',
                { testid: 'deadline-explanation' },
                h('summary', null, '期限如何计算'),
                h('p', null, d.explanationZh),
                d.provisional ? h('p', { class: 'muted small' }, provisionalHint) : null,
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, '暂无期限。'),
  );

  const timeline = h(
    'section',
    { class: 'card', 'aria-labelledby': 'timeline-h' },
    h('h2', { id: 'timeline-h' }, '办理过程'),
    events.length
      ? h(
          'ol',
          { class: 'timeline', testid: 'timeline' },
          events.map((e) =>
            h(
              'li',
              { testid: `event-${e.type}` },
              h(
                'div',
                { class: 'event-head' },
                h('strong', null, e.labelZh),
                ' ',
                h('span', { class: 'muted' }, dateTimeEl(e.at)),
              ),
              h(
                'div',
                { class: 'muted small' },
                `${e.actor?.nameZh ?? ''}${e.actor?.role && e.actor.role !== 'system' ? `（${roleLabelsZh[e.actor.role] ?? e.actor.role}）` : ''}`,
              ),
              h('div', { class: 'event-detail' }, eventDetail(e, c, dir.bodies)),
            ),
          ),
        )
      : h(
          'p',
          { class: 'muted' },
          eventsRes.ok ? '暂无记录。' : (eventsRes.body?.detail ?? '无法读取办理过程'),
        ),
  );

  const applicant = a.applicant;
  const applicationBox = h(
    'section',
    { class: 'card', 'aria-labelledby': 'application-h' },
    h(
      'details',
      { open: session.user?.role !== 'applicant' },
      h('summary', null, h('h2', { id: 'application-h', class: 'inline-h' }, '申请内容')),
      h(
        'dl',
        { class: 'facts' },
        h('dt', null, '申请人'),
        h(
          'dd',
          null,
          applicant.type === 'person'
            ? `${applicant.name}（公民身份号码 ${applicant.residentId}，电话 ${applicant.phone}，住址 ${applicant.address}）`
            : `${applicant.name}（统一社会信用代码 ${applicant.uscc}，法定代表人 ${applicant.legalRepresentative}，电话 ${applicant.phone}，住所 ${applicant.address}）`,
        ),
        a.agent
          ? [
              h('dt', null, '代理人'),
              h(
                'dd',
                null,
                `${a.agent.name}（${agentKindsZh[a.agent.kind] ?? a.agent.kind}，电话 ${a.agent.phone}）`,
              ),
            ]
          : null,
        h('dt', null, '被申请人'),
        h('dd', null, respondent?.nameZh ?? a.respondentAgencyId),
        h('dt', null, '行政行为'),
        h(
          'dd',
          null,
          `${a.act.title}${a.act.documentNumber ? `（${a.act.documentNumber}）` : ''}；${a.actKindZh ?? actKindsZh[a.act.kind]}`,
          a.act.amountYuan !== undefined ? `，金额 ${a.act.amountYuan.toLocaleString('zh-CN')} 元` : '',
        ),
        h('dt', null, '日期'),
        h(
          'dd',
          null,
          `${dateZh(a.act.madeOn)}作出，${dateZh(a.act.learnedOn)}知道；${a.act.rightsNotified ? '已告知复议权利' : `未告知复议权利${a.act.rightsLearnedOn ? `（${dateZh(a.act.rightsLearnedOn)}知道）` : ''}`}${a.act.onTheSpot ? '；当场处罚' : ''}${a.act.realProperty ? '；涉及不动产' : ''}`,
        ),
        h('dt', null, '复议请求'),
        h('dd', { class: 'pre' }, a.requests),
        h('dt', null, '事实和理由'),
        h('dd', { class: 'pre' }, a.factsAndReasons),
        h('dt', null, '听证'),
        h('dd', null, a.hearingRequested ? '申请听证' : '未申请听证'),
        a.delayReason ? [h('dt', null, '迟延理由'), h('dd', { class: 'pre' }, a.delayReason)] : null,
      ),
    ),
  );

  const backHref = homeFor(session.user);
  show(
    main,
    current,
    page(
      h('span', { testid: 'case-number' }, c.caseNumber),
      h('p', { class: 'breadcrumbs' }, h('a', { href: backHref }, '← 返回列表')),
      header,
      actionsBox,
      correction,
      deadlines,
      timeline,
      applicationBox,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Case actions
// ---------------------------------------------------------------------------------------------

function renderActions(c, dir, reload) {
  const panel = h('div', { class: 'action-panel' });
  const conflict = h('div', {
    class: 'alert error conflict',
    role: 'alert',
    testid: 'conflict',
    hidden: true,
  });
  const buttons = c.allowedActions.map(({ action, labelZh }) => {
    const b = h(
      'button',
      { type: 'button', class: 'button', testid: `action-${action}`, 'aria-expanded': 'false' },
      labelZh,
    );
    b.addEventListener('click', () => {
      for (const other of box.querySelectorAll('.action-buttons button'))
        other.setAttribute('aria-expanded', 'false');
      b.setAttribute('aria-expanded', 'true');
      conflict.hidden = true;
      setChildren(panel, actionForm(c, dir, action, labelZh, { conflict, reload, close }));
      panel.querySelector('input,select,textarea,button')?.focus();
    });
    return b;
  });
  function close() {
    setChildren(panel);
    for (const b of buttons) b.setAttribute('aria-expanded', 'false');
  }
  const box = h(
    'section',
    { class: 'card actions', 'aria-labelledby': 'actions-h', testid: 'actions' },
    h('h2', { id: 'actions-h' }, '可办理事项'),
    h('div', { class: 'action-buttons' }, buttons),
    conflict,
    panel,
  );
  return box;
}

function actionForm(c, dir, action, labelZh, { conflict, reload, close }) {
  const summary = errorSummary('action-error');
  const submit = h(
    'button',
    { type: 'submit', class: 'button primary', testid: 'action-submit' },
    `确认${labelZh}`,
  );
  const cancel = h('button', { type: 'button', class: 'button secondary', onclick: close }, '取消');
  let build; // () => command fields
  const parts = [];

  if (action === 'accept') {
    const track = select(
      [
        ['ordinary', '普通程序'],
        ['simplified', '简易程序'],
      ],
      { testid: 'accept-track' },
    );
    const agree = checkbox({
      label: '各方当事人同意适用简易程序（《行政复议法》第五十三条第二款）',
      testid: 'accept-parties-agree',
      path: 'partiesAgreeToSimplified',
    });
    agree.el.hidden = true;
    track.addEventListener('change', () => {
      agree.el.hidden = track.value !== 'simplified' || c.simplifiedEligible;
    });
    parts.push(
      field({ label: '审理程序', path: 'track', control: track }),
      h(
        'p',
        { class: 'hint' },
        c.simplifiedEligible
          ? '本案符合简易程序的适用条件（《行政复议法》第五十三条第一款）。'
          : '本案不属于可以直接适用简易程序的情形。',
      ),
      agree.el,
    );
    build = () => ({ track: track.value, partiesAgreeToSimplified: !agree.el.hidden && agree.box.checked });
  } else if (action === 'refuse') {
    const boxes = Object.entries(refusalReasonsZh).map(([code, label]) => {
      const box = h('input', {
        type: 'checkbox',
        value: code,
        id: uid('c'),
        testid: `refuse-reason-${code}`,
      });
      return { code, box, el: h('div', { class: 'check' }, box, h('label', { for: box.id }, label)) };
    });
    const bodySelect = select(
      dir.bodies.filter((b) => b.id !== c.body.id).map((b) => [b.id, b.nameZh]),
      { testid: 'refuse-competent-body' },
      '请选择',
    );
    const bodyField = field({
      label: '有管辖权的复议机关',
      path: 'competentBodyId',
      required: true,
      control: bodySelect,
    });
    bodyField.hidden = true;
    for (const b of boxes)
      b.box.addEventListener('change', () => {
        bodyField.hidden = !boxes.find((x) => x.code === 'wrongBody').box.checked;
      });
    const note = textarea({ testid: 'refuse-note' });
    parts.push(
      h(
        'fieldset',
        { class: 'field', 'data-path': 'reasons' },
        h('legend', null, '不予受理的理由（可多选）'),
        boxes.map((b) => b.el),
      ),
      bodyField,
      field({ label: '说明（可选）', path: 'noteZh', control: note, wide: true }),
    );
    build = () => ({
      reasons: boxes.filter((b) => b.box.checked).map((b) => b.code),
      ...(bodyField.hidden || !bodySelect.value ? {} : { competentBodyId: bodySelect.value }),
      ...(note.value.trim() ? { noteZh: note.value.trim() } : {}),
    });
  } else if (action === 'requestCorrection') {
    const listId = uid('suggest');
    const datalist = h(
      'datalist',
      { id: listId },
      correctionFieldSuggestions.map((s) => h('option', { value: s })),
    );
    const rows = h('ol', { class: 'item-rows', testid: 'correction-items' });
    const renumber = () => {
      [...rows.children].forEach((li, i) => {
        li.querySelector('[data-role=field]').closest('.field').dataset.path = `items.${i}.field`;
        li.querySelector('[data-role=desc]').closest('.field').dataset.path = `items.${i}.descriptionZh`;
        li.querySelector('[data-role=field]').setAttribute('data-testid', `correction-field-${i}`);
        li.querySelector('[data-role=desc]').setAttribute('data-testid', `correction-desc-${i}`);
        li.querySelector('.remove').setAttribute('aria-label', `删除第${i + 1}项`);
        li.querySelector('.remove').hidden = rows.children.length === 1;
      });
    };
    const addRow = () => {
      const f = input({ list: listId, 'data-role': 'field' });
      const d = textarea({ rows: 2, 'data-role': 'desc' });
      const remove = h('button', { type: 'button', class: 'button link remove' }, '删除');
      const li = h(
        'li',
        { class: 'item-row' },
        field({ label: '需补正的事项', path: '', control: f, required: true }),
        field({ label: '补正要求', path: '', control: d, required: true, wide: true }),
        remove,
      );
      remove.addEventListener('click', () => {
        li.remove();
        renumber();
      });
      rows.append(li);
      renumber();
      return f;
    };
    addRow();
    const add = h(
      'button',
      { type: 'button', class: 'button secondary', testid: 'add-correction-item' },
      '＋ 添加一项',
    );
    add.addEventListener('click', () => addRow().focus());
    const note = textarea({ testid: 'correction-note' });
    parts.push(
      h('p', { class: 'hint' }, '补正通知应当一次性列明全部需要补正的事项（《行政复议法》第三十一条）。'),
      datalist,
      h('div', { 'data-path': 'items' }, rows),
      add,
      field({ label: '说明（可选）', path: 'noteZh', control: note, wide: true }),
    );
    build = () => ({
      items: [...rows.children].map((li) => ({
        field: li.querySelector('[data-role=field]').value.trim(),
        descriptionZh: li.querySelector('[data-role=desc]').value.trim(),
      })),
      ...(note.value.trim() ? { noteZh: note.value.trim() } : {}),
    });
  } else if (action === 'submitCorrection') {
    const items = c.correction?.items ?? [];
    const answers = items.map((item, i) => {
      const t = textarea({ rows: 3 });
      return {
        item,
        t,
        el: field({
          label: `${i + 1}. ${item.field}：${item.descriptionZh}`,
          path: `answers.${i}.textZh`,
          control: t,
          required: true,
          wide: true,
          testid: `correction-answer-${i}`,
        }),
      };
    });
    parts.push(
      h('p', { class: 'hint' }, '请逐项填写补正内容。无正当理由逾期不补正的，视为放弃行政复议申请。'),
      h(
        'div',
        { 'data-path': 'answers' },
        answers.map((x) => x.el),
      ),
    );
    build = () => ({ answers: answers.map((x) => ({ field: x.item.field, textZh: x.t.value.trim() })) });
  } else if (action === 'forward') {
    const bodySelect = select(
      dir.bodies.filter((b) => b.id !== c.body.id).map((b) => [b.id, b.nameZh]),
      { testid: 'forward-body' },
      '请选择',
    );
    const note = textarea({ testid: 'forward-note' });
    parts.push(
      field({ label: '转送至有管辖权的复议机关', path: 'toBodyId', required: true, control: bodySelect }),
      field({ label: '说明（可选）', path: 'noteZh', control: note, wide: true }),
    );
    build = () => ({
      toBodyId: bodySelect.value,
      ...(note.value.trim() ? { noteZh: note.value.trim() } : {}),
    });
  } else if (action === 'sendCopy') {
    const channel = select(
      [
        ['online', '网上送达（被申请人当日收到）'],
        ['post', '邮寄送达（收到后登记收到日期）'],
      ],
      { testid: 'copy-channel' },
    );
    const sentOn = input({ type: 'date', testid: 'copy-sent-on' });
    parts.push(
      h(
        'p',
        { class: 'hint' },
        '自受理之日起法定期限内向被申请人发送申请书副本；被申请人自收到之日起答复并提交证据、依据（《行政复议法》第四十八条、第五十四条）。',
      ),
      field({ label: '送达方式', path: 'channel', required: true, control: channel }),
      field({
        label: '发送日期',
        path: 'sentOn',
        required: true,
        control: sentOn,
        hint: c.acceptedOn ? `应在受理之日（${dateZh(c.acceptedOn)}）至今天之间` : undefined,
      }),
    );
    build = () => ({ channel: channel.value, sentOn: sentOn.value });
  } else if (action === 'recordCopyReceipt') {
    const receivedOn = input({ type: 'date', testid: 'copy-received-on' });
    parts.push(
      h(
        'p',
        { class: 'hint' },
        `申请书副本已于${c.copy ? dateZh(c.copy.sentOn) : ''}邮寄；请按送达回证登记被申请人收到的日期，答复期限自该日起计算。`,
      ),
      field({ label: '被申请人收到日期', path: 'receivedOn', required: true, control: receivedOn }),
    );
    build = () => ({ receivedOn: receivedOn.value });
  } else if (action === 'withdraw') {
    const reason = textarea({ testid: 'withdraw-reason' });
    parts.push(
      h(
        'p',
        { class: 'hint' },
        '撤回后本案终止审查；申请人不得再以同一事实和理由提出行政复议申请（《行政复议法》第七十四条）。',
      ),
      field({ label: '撤回理由', path: 'reasonZh', required: true, control: reason, wide: true }),
    );
    build = () => ({ reasonZh: reason.value.trim() });
  } else {
    build = () => ({});
  }

  const form = h(
    'form',
    { class: 'action-form', novalidate: true, testid: `action-form-${action}`, 'aria-label': labelZh },
    h('h3', null, labelZh),
    summary,
    parts,
    h('div', { class: 'form-actions' }, submit, cancel),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    submit.disabled = true;
    const res = await api('POST', `/v1/cases/${c.id}/actions`, {
      action,
      expectedVersion: c.version,
      ...build(),
    });
    submit.disabled = false;
    if (res.ok) {
      flash = `已办理：${labelZh}`;
      reload();
      return;
    }
    if (res.status === 409) {
      const refresh = h(
        'button',
        { type: 'button', class: 'button', testid: 'conflict-refresh', onclick: reload },
        '刷新',
      );
      setChildren(
        conflict,
        h('strong', null, '案件已被他人更新，请刷新'),
        res.body?.code !== 'case.versionStale' && res.body?.detail ? h('p', null, res.body.detail) : null,
        ' ',
        refresh,
      );
      conflict.hidden = false;
      refresh.focus();
      return;
    }
    showProblem(form, res.body);
  });
  return form;
}

// ---------------------------------------------------------------------------------------------
// Notifications and clock
// ---------------------------------------------------------------------------------------------

async function renderNotifications(main, current) {
  const res = await api('GET', '/v1/notifications');
  if (!current()) return;
  if (!res.ok) {
    show(
      main,
      current,
      page('通知', h('p', { class: 'alert error', role: 'alert' }, res.body?.detail ?? '无法读取通知')),
    );
    return;
  }
  const items = res.body.items;
  show(
    main,
    current,
    page(
      '通知',
      items.length
        ? h(
            'ul',
            { class: 'notifications', testid: 'notifications' },
            items.map((n) =>
              h(
                'li',
                { class: 'card notification', testid: 'notification' },
                h(
                  'div',
                  { class: 'event-head' },
                  h('strong', null, n.subjectZh),
                  ' ',
                  h('span', { class: 'muted' }, dateTimeEl(n.at)),
                ),
                h('p', null, n.bodyZh),
                n.caseId ? h('a', { href: `#/case/${n.caseId}` }, '查看案件') : null,
              ),
            ),
          )
        : h('p', { class: 'empty', testid: 'notifications-empty' }, '暂无通知。'),
    ),
  );
}

async function renderClock(main, current) {
  const res = await api('GET', '/local/clock');
  if (!current()) return;
  const now = h('strong', { testid: 'clock-now' }, res.ok ? dateTimeZh(res.body.now) : '未知');
  const days = input({
    type: 'number',
    min: 0,
    step: 1,
    value: '1',
    testid: 'clock-days',
    inputmode: 'numeric',
  });
  const button = h(
    'button',
    { type: 'submit', class: 'button primary', testid: 'clock-advance' },
    '向前拨 1 天',
  );
  const result = h('p', { class: 'muted', 'aria-live': 'polite', testid: 'clock-result' });
  const summary = errorSummary('clock-error');
  days.addEventListener('input', () => {
    button.textContent = `向前拨 ${days.value || 0} 天`;
  });
  const form = h(
    'form',
    { class: 'card form', novalidate: true, testid: 'clock-panel' },
    summary,
    h('p', null, '当前演示时间（北京时间）：', now),
    h(
      'div',
      { class: 'inline-form' },
      field({ label: '天数 N', path: 'advanceDays', control: days }),
      button,
    ),
    result,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    button.disabled = true;
    const r = await api('POST', '/local/clock', { advanceDays: Number(days.value) });
    button.disabled = false;
    if (!r.ok) return showProblem(form, r.body);
    now.textContent = dateTimeZh(r.body.now);
    result.textContent = `已从 ${dateTimeZh(r.body.before)} 拨至 ${dateTimeZh(r.body.now)}，唤醒 ${r.body.wokeExecutions ?? 0} 个计时流程。`;
    renderChrome(location.hash);
  });
  show(
    main,
    current,
    page(
      '演示时钟',
      h(
        'p',
        { class: 'muted' },
        '仅限本地演示：把系统时钟向前拨，法定期限的提醒、届满和视为受理等将随之发生。时钟不能往回拨。',
      ),
      form,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Boot
// ---------------------------------------------------------------------------------------------

async function loadVocabulary() {
  const res = await fetch('/v1/rules');
  const { labels } = await res.json();
  ({ actKindsZh, refusalReasonsZh, roleLabelsZh } = labels);
}

$('#sign-out').addEventListener('click', signOut);
window.addEventListener('hashchange', render);
loadVocabulary().then(render);
