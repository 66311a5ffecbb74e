<#-- dmreport Markdown digest, for $GITHUB_STEP_SUMMARY, pull-request comments and chat.
     Every interpolation is escaped as Markdown (MarkdownOutputFormat): table cells keep their shape. -->
<#assign zone = report.zone>
<#assign generatedAt = report.generatedAt>
# ${report.title}

<#if report.fleet??>
<#assign o = report.overview>
${report.fleet.clusters?size} clusters, ${o.files} files, ${o.documents} documents, ${o.unreadable} unreadable · <#if o.fromUtc?has_content>captures ${o.from} to ${o.until} (${o.span})<#else>no capture with a known time in view</#if> · times in ${report.zone}<#if report.generatedAt?has_content> · generated ${report.generatedAt}</#if>

**Findings:** ${o.errors} errors, ${o.warnings} warnings, ${o.infos} infos<#if o.baselined gt 0> (${o.baselined} baselined)</#if>

## Fleet

The health of every task in every cluster at its latest capture, the cluster with the worst first.

| Cluster |<#list report.fleet.tasks as t> ${t} |</#list>
|---|<#list report.fleet.tasks as t>---|</#list>
<#list report.fleet.rows as row>
| ${row.cluster?has_content?then(row.cluster, "(no cluster name)")} |<#list row.cells as cell> <#if cell.verdict?has_content>**${cell.verdict}**<#else>none</#if> |</#list>
</#list>
<#list report.fleet.clusters as c>

<@body c true "###"/>
</#list>
<#else>
<@body report false "##"/>
</#if>
<#-- One cluster's digest (or the only one); h is its sections' heading level. -->
<#macro body r fleet h>
<#local o = r.overview>
<#if fleet>## Cluster ${r.cluster?has_content?then(r.cluster, "(no cluster name)")}

</#if>${o.files} files, ${o.documents} documents, ${o.unreadable} unreadable · <#if o.fromUtc?has_content>captures ${o.from} to ${o.until} (${o.span})<#else>no capture with a known time in view</#if> · times in ${zone}<#if generatedAt?has_content> · generated ${generatedAt}</#if>

**Findings:** ${o.errors} errors, ${o.warnings} warnings, ${o.infos} infos<#if o.baselined gt 0> (${o.baselined} baselined)</#if>

| Task | Health | dmctl status | Evidence |
|---|---|---|---|
<#list o.tasks as t>
<@row [t.name, t.verdict, t.status, t.evidence] 1/>
</#list>
<#if r.story?has_content>

${h?no_esc} What happened

<#list r.story as e>
<#if e?index == 30><#break></#if>
- ${e.at} · ${[e.task, e.source]?filter(x -> x?has_content)?join(" ")} · **${e.severity}** ${e.rule}: ${e.message}
</#list>
<#if r.story?size gt 30 || r.storyMore gt 0>
- … and ${r.story?size - 30 + r.storyMore} more
</#if>
</#if>
<#list r.findingGroups?filter(g -> g.severity != "info") as g>
<#if g?is_first>

${h?no_esc} Top findings
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
<#list r.tasks as task>
<#if task.errors?has_content>

${h?no_esc} Errors of ${task.name}

| Code | Message | Raw cause | Workaround | Sources | First seen | Last seen | Count |
|---|---|---|---|---|---|---|---|
<#list task.errors as e>
<#if e?index == 20><#break></#if>
<@row [e.code, e.message, e.rawCause, e.workaround, e.sources, e.firstSeen, e.lastSeen, e.count?c]/>
</#list>
<#if task.errors?size gt 20>

… and ${task.errors?size - 20} more
</#if>
</#if>
</#list>
<#if r.problems?has_content>

${h?no_esc} Unreadable inputs

<#list r.problems as p>
<#if p?index == 20><#break></#if>
- ${p.place}: ${p.message}
</#list>
<#if r.problems?size gt 20>
- … and ${r.problems?size - 20} more
</#if>
</#if>
</#macro>
<#-- A table row, its cells escaped; the cell at index bold in bold. An empty cell is "| |", never
     two spaces. -->
<#macro row cells bold=-1>
|<#list cells as c><#if !c?has_content> <#elseif c?index == bold> **${c}** <#else> ${c} </#if>|</#list>
</#macro>
