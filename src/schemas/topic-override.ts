import { z } from 'astro/zod';

/**
 * An item anchor as src/lib/item-ids.ts derives it: `s2-3`, `s1r2-1` (a restarted numbering) or
 * `h4` (an unnumbered heading).
 */
export const ITEM_ANCHOR = /^(?:s\d+(?:r\d+)?(?:-\d+(?:r\d+)?)*|h\d+)$/;

/** One entry of an override list: a topic id, `+id` (add) or `-id` (remove). */
export const TopicOverrideEntrySchema = z
	.string({ error: 'topics 的每一项必须是主题 id 文字：写成 tcm、+tcm 或 -tcm；id 全是数字时加引号，例如 "-2020"' })
	.trim()
	.regex(/^[+-]?[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'topics 里的主题写法不对：写 content/topics.yaml 中的 id（tcm）替换，+tcm 增加，-tcm 去掉',
	});

/**
 * The list for one item: either plain ids (they replace the computed topics; `[]` means the item
 * has no topic) or only `+id`/`-id` entries (they edit the computed topics). Mixing both would
 * leave the reader guessing which wins, so it is refused.
 */
export const TopicOverrideListSchema = z.array(TopicOverrideEntrySchema).superRefine((entries, context) => {
	const signed = entries.filter((entry) => entry.startsWith('+') || entry.startsWith('-'));
	if (signed.length > 0 && signed.length < entries.length) {
		context.addIssue({
			code: 'custom',
			message: 'topics 的同一条里不能同时写主题 id 和 +/- ：要整体替换就只写 id，例如 [tcm]；要增删就每项都带 + 或 -，例如 [+tcm, -chronic-disease]',
		});
	}
	const seen = new Set<string>();
	for (const entry of entries) {
		const id = entry.replace(/^[+-]/, '');
		if (seen.has(id)) {
			context.addIssue({ code: 'custom', message: `topics 的同一条里主题 ${id} 写了不止一次：只保留一项` });
		}
		seen.add(id);
	}
});

/**
 * Editor overrides of item topics, in a plan's front matter: item anchor → list. A plain id list
 * replaces the computed topics, `+id` adds one and `-id` removes one, e.g.
 * `topics: { s2-3: [family-doctor], s4-1: [+tcm, -chronic-disease] }`. Anchors come from the
 * numbering, so an override survives rewording and re-import. Default none.
 */
export const TopicOverridesSchema = z
	.record(z.string(), TopicOverrideListSchema)
	.superRefine((overrides, context) => {
		// Checked here rather than by a key schema, so that the message names the key.
		for (const anchor of Object.keys(overrides)) {
			if (ITEM_ANCHOR.test(anchor)) continue;
			context.addIssue({
				code: 'custom',
				path: [anchor],
				message: `topics 的键 ${anchor} 不是条目锚点：写成 s2-3 这样的锚点（页面上每一条标题旁的链接 # 后面那一段）`,
			});
		}
	})
	.default({});

export type TopicOverrides = z.infer<typeof TopicOverridesSchema>;
