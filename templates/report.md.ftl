<#-- dmreport Markdown digest, for $GITHUB_STEP_SUMMARY, pull-request comments and chat.
     Every interpolation is escaped as Markdown (MarkdownOutputFormat): table cells keep their shape. -->
<#assign o = report.overview>
# ${report.title}

${o.files} files, ${o.documents} documents, ${o.unreadable} unreadable · <#if o.fromUtc?has_content>captures ${o.from} to ${o.until} (${o.span})<#else>no capture with a known time in view</#if> · times in ${report.zone}<#if report.generatedAt?has_content> · generated ${report.generatedAt}</#if>

**Findings:** ${o.errors} errors, ${o.warnings} warnings, ${o.infos} infos<#if o.baselined gt 0> (${o.baselined} baselined)</#if>

| Task | Health | dmctl status | Evidence |
|---|---|---|---|
<#list o.tasks as t>
| ${t.name} | **${t.verdict}** | ${t.status} | ${t.evidence} |
</#list>
<#if report.story?has_content>

## What happened

<#list report.story as e>
<#if e?index == 30><#break></#if>
- ${e.at} · ${e.task} ${e.source} · **${e.severity}** ${e.rule}: ${e.message}
</#list>
<#if report.story?size gt 30 || report.storyMore gt 0>
- … and ${report.story?size - 30 + report.storyMore} more
</#if>
</#if>
<#list report.findingGroups?filter(g -> g.severity != "info") as g>
<#if g?is_first>

## Top findings
</#if>

**${g.severity}** `${g.rule}`: ${g.title} (${g.count})

<#list g.findings as f>
<#if f?index == 10><#break></#if>
- ${f.place}: ${f.message}
</#list>
<#if g.count gt 10>
- … and ${g.count - 10} more
</#if>
</#list>
<#list report.tasks as task>
<#if task.errors?has_content>

## Errors of ${task.name}

| Code | Message | Raw cause | Workaround | Sources | First seen | Last seen | Count |
|---|---|---|---|---|---|---|---|
<#list task.errors as e>
<#if e?index == 20><#break></#if>
| ${e.code} | ${e.message} | ${e.rawCause} | ${e.workaround} | ${e.sources} | ${e.firstSeen} | ${e.lastSeen} | ${e.count} |
</#list>
<#if task.errors?size gt 20>

… and ${task.errors?size - 20} more
</#if>
</#if>
</#list>
<#if report.problems?has_content>

## Unreadable inputs

<#list report.problems as p>
<#if p?index == 20><#break></#if>
- ${p.place}: ${p.message}
</#list>
<#if report.problems?size gt 20>
- … and ${report.problems?size - 20} more
</#if>
</#if>
