import type { Definition, Html, Image, ImageReference, Link, Node, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { scanHtmlStartTags } from './html-tags.ts';
import { decodeCharacterReferences, SAFE_URL_SCHEMES, unsafeUrlScheme } from './safe-url.ts';

/** Something in a plan body that must not reach the page, at a line of the parsed text. */
export interface UnsafeMarkup {
	/** 1-based line within the parsed text (the body, or the whole file if it was parsed whole). */
	line: number;
	/** What is wrong, in Chinese. */
	message: string;
	/** How to fix it, in Chinese. */
	fix: string;
}

/** What the check may allow besides plain Markdown. */
export interface UnsafeMarkupOptions {
	/** Names of the MDX components editors may use (the files of src/components/mdx/). */
	allowedComponents: readonly string[];
}

/**
 * HTML that plan text may contain, with the attributes each element may carry. An allow-list:
 * whatever is not here (script, iframe, form, meta, svg, and elements not yet invented) is
 * refused. Published plans are prose, headings and the odd table; this covers what they need.
 */
const ALLOWED_TAGS: Readonly<Record<string, readonly string[]>> = {
	a: ['href'],
	abbr: [],
	b: [],
	blockquote: [],
	br: [],
	caption: [],
	cite: [],
	code: [],
	dd: [],
	del: [],
	div: [],
	dl: [],
	dt: [],
	em: [],
	hr: [],
	i: [],
	img: ['src', 'alt', 'width', 'height'],
	ins: [],
	kbd: [],
	li: [],
	mark: [],
	ol: ['start', 'type'],
	p: [],
	pre: [],
	q: [],
	s: [],
	small: [],
	span: [],
	strong: [],
	sub: [],
	sup: [],
	table: [],
	tbody: [],
	td: ['colspan', 'rowspan', 'align'],
	tfoot: [],
	th: ['colspan', 'rowspan', 'scope', 'align'],
	thead: [],
	tr: [],
	u: [],
	ul: [],
};

/** Attributes any allowed element may carry. */
const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'];

/** Why the usual suspects are refused, so the editor learns more than “not allowed”. */
const TAG_REASONS: Readonly<Record<string, string>> = {
	script: '会在读者的浏览器里执行脚本',
	iframe: '会嵌入其他网页',
	frame: '会嵌入其他网页',
	frameset: '会嵌入其他网页',
	object: '会嵌入插件或其他网页',
	embed: '会嵌入插件或其他网页',
	applet: '会嵌入插件',
	form: '会生成可以提交到别处的表单',
	input: '会生成表单控件',
	button: '会生成表单控件',
	textarea: '会生成表单控件',
	select: '会生成表单控件',
	meta: '会改变页面的跳转、编码或安全设置',
	base: '会改变页面上所有链接的指向',
	link: '会加载外部资源',
	style: '会改变整个页面的样式',
	svg: '可以携带脚本',
	math: '可以携带脚本',
};

const ATTRIBUTE_REASONS: Readonly<Record<string, string>> = {
	style: '内联样式可以加载外部地址（如 url(javascript:…)），本站的安全策略也不执行它',
	id: '会与条目锚点冲突',
	class: '会借用网站自身的样式',
	srcset: '会加载未经检查的图片地址',
};

const HTML_FIX = '删除这段 HTML，正文请用 Markdown 书写（可用的少数 HTML 标签见 content/README.md 的“正文里的 HTML”）';

/** Addresses are shown shortened: a data: URL can be thousands of characters. */
const shorten = (text: string, length = 40) => (text.length > length ? `${text.slice(0, length)}…` : text);

/**
 * Finds everything in a parsed plan body that could run script, load content from elsewhere or
 * change the page: raw HTML outside a small allow-list of elements and attributes, event handler
 * and style attributes, link addresses with schemes other than http, https, mailto and tel,
 * images that are not files of the site, and, in MDX, imports, exports, `{expressions}` and
 * components that are not on the allow-list. The content check and the build's remark plugin
 * both call this, so what the check passes is exactly what the build accepts.
 * @param tree the mdast of the body, from CommonMark + GFM or from MDX
 * @param options the allowed MDX components
 * @returns the problems, in line order
 */
export function findUnsafeMarkup(tree: Root, options: UnsafeMarkupOptions): UnsafeMarkup[] {
	const problems: UnsafeMarkup[] = [];
	// A definition ([r]: url) is checked where its address is written, as an image address when
	// an image uses it.
	const imageDefinitions = new Set<string>();
	visit(tree, 'imageReference', (node: ImageReference) => {
		imageDefinitions.add(node.identifier);
	});
	visit(tree, (node: Node) => {
		const line = node.position?.start.line ?? 1;
		switch (node.type) {
			case 'html': {
				const { value } = node as Html;
				for (const tag of scanHtmlStartTags(value)) {
					const tagLine = line + (value.slice(0, tag.offset).match(/\n/g)?.length ?? 0);
					const attributes = tag.attributes.map(({ name, value: raw }) => ({ name, value: decodeCharacterReferences(raw) }));
					problems.push(...checkElement(tag.name, attributes, tagLine));
				}
				break;
			}
			case 'link':
				problems.push(...checkLinkUrl((node as Link).url, line));
				break;
			case 'definition': {
				const { identifier, url } = node as Definition;
				problems.push(...(imageDefinitions.has(identifier) ? checkImageUrl(url, line) : checkLinkUrl(url, line)));
				break;
			}
			case 'image':
				problems.push(...checkImageUrl((node as Image).url, line));
				break;
			case 'mdxjsEsm': {
				const value = String((node as Node & { value?: string }).value ?? '').trim();
				const statement = /^export\b/.test(value) ? 'export' : 'import';
				problems.push({
					line,
					message: `MDX 中不允许使用的组件/表达式：${statement} 语句“${shorten(value.split('\n')[0])}”`,
					fix: '删除这一行：文件正文不能导入或导出代码',
				});
				break;
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression': {
				const value = String((node as Node & { value?: string }).value ?? '');
				problems.push({
					line,
					message: `MDX 中不允许使用的组件/表达式：{${shorten(value.trim())}}`,
					fix: '删除花括号里的表达式；原文里的花括号请写成 \\{ 和 \\}',
				});
				break;
			}
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				problems.push(...checkJsxElement(node as JsxElement, line, options));
				break;
		}
	});
	return problems.sort((a, b) => a.line - b.line);
}

/** The parts of an MDX JSX element (mdast-util-mdx-jsx) the check reads. */
interface JsxElement extends Node {
	name: string | null;
	attributes: (
		| { type: 'mdxJsxAttribute'; name: string; value?: string | null | { type: string; value: string } }
		| { type: 'mdxJsxExpressionAttribute'; value: string }
	)[];
}

function checkJsxElement(node: JsxElement, line: number, { allowedComponents }: UnsafeMarkupOptions): UnsafeMarkup[] {
	const name = node.name ?? '';
	// In MDX, a lower-case name is an HTML element and anything else (Chart, ui.Chart, <>) a component.
	const isHtml = /^[a-z][a-z0-9]*$/.test(name);
	if (!isHtml && !allowedComponents.includes(name)) {
		const available = allowedComponents.length ? `现有：${allowedComponents.join('、')}` : '目前没有';
		return [{
			line,
			message: `MDX 中不允许使用的组件/表达式：<${name}>`,
			fix: `删除这个组件；只能使用 src/components/mdx/ 中的组件（${available}）`,
		}];
	}
	const problems: UnsafeMarkup[] = [];
	const attributes: { name: string; value: string }[] = [];
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute' || (typeof attribute.value === 'object' && attribute.value !== null)) {
			const written = attribute.type === 'mdxJsxExpressionAttribute' ? `{${attribute.value}}` : `${attribute.name}={${(attribute.value as { value: string }).value}}`;
			problems.push({
				line,
				message: `MDX 中不允许使用的组件/表达式：属性 ${shorten(written)}`,
				fix: '属性值只能写成带引号的文字，如 title="说明"',
			});
		} else {
			attributes.push({ name: attribute.name.toLowerCase(), value: attribute.value ?? '' });
		}
	}
	if (isHtml) return [...problems, ...checkElement(name, attributes, line)];
	for (const { name: attribute, value } of attributes) {
		if (/^on/.test(attribute)) problems.push(attributeProblem(name, attribute, line));
		else if (attribute === 'href' || attribute === 'src') problems.push(...checkLinkUrl(value, line));
	}
	return problems;
}

function attributeProblem(tag: string, attribute: string, line: number): UnsafeMarkup {
	const reason = /^on/.test(attribute) ? '事件属性会执行脚本' : (ATTRIBUTE_REASONS[attribute] ?? '不在允许使用的属性之列');
	return { line, message: `不允许的 HTML 属性 ${attribute}（在 <${tag}> 上）：${reason}`, fix: `删除 ${attribute} 属性` };
}

function checkElement(tag: string, attributes: readonly { name: string; value: string }[], line: number): UnsafeMarkup[] {
	const allowed = ALLOWED_TAGS[tag];
	if (!allowed) {
		return [{ line, message: `不允许的 HTML 标签 <${tag}>：${TAG_REASONS[tag] ?? '不在允许使用的标签之列'}`, fix: HTML_FIX }];
	}
	const problems: UnsafeMarkup[] = [];
	for (const { name, value } of attributes) {
		if (!allowed.includes(name) && !GLOBAL_ATTRIBUTES.includes(name)) problems.push(attributeProblem(tag, name, line));
		else if (name === 'href') problems.push(...checkLinkUrl(value, line));
		else if (name === 'src') problems.push(...checkImageUrl(value, line));
	}
	return problems;
}

function checkLinkUrl(url: string, line: number): UnsafeMarkup[] {
	if (unsafeUrlScheme(url) === null) return [];
	return [{
		line,
		message: `不安全的链接地址“${shorten(url)}”：只允许 ${SAFE_URL_SCHEMES.join('、')} 网址和站内地址`,
		fix: '改为原文的 https:// 或 http:// 网址，或删除这个链接',
	}];
}

function checkImageUrl(url: string, line: number): UnsafeMarkup[] {
	// Images load on their own when the page opens, so only the site's own files may be shown:
	// no data: URLs, and no request to another origin (the CSP's img-src is 'self').
	const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
	if (unsafeUrlScheme(url) === null && !/^[a-z][a-z0-9+.-]*:/i.test(cleaned) && !cleaned.startsWith('//') && !cleaned.startsWith('\\')) return [];
	return [{
		line,
		message: `不允许的图片地址“${shorten(url)}”：图片只能是本站 public/ 下的文件`,
		fix: '把图片存到 public/images/ 下，写成 /images/文件名，或删除这张图片',
	}];
}
