<#-- dmreport Markdown digest, for $GITHUB_STEP_SUMMARY, pull-request comments and chat.
     Every interpolation is escaped as Markdown (MarkdownOutputFormat): table cells keep their shape. -->
<#assign zone = report.zone>
<#assign caps = report.caps("md")>
<#assign generatedAt = report.generatedAt>
# ${report.title}

<#if report.fleet??>
<#assign o = report.overview>
${report.fleet.clusters?size} clusters, ${o.files} files, ${o.documents} documents, ${o.unreadable} unreadable · <#if o.fromUtc?has_content>captures ${o.from} to ${o.until} (${o.span})<#else>no capture with a known time in view</#if> · times in ${report.zone}<#if report.generatedAt?has_content> · generated ${report.generatedAt}</#if>

**Findings:** ${o.errors} errors, ${o.warnings} warnings, ${o.infos} infos<#if o.baselined gt 0> (${o.baselined} baselined)</#if>
<#if report.comparison??>
<@compared report.comparison "##"/>
</#if>

## Fleet

The health of every task in every cluster at its latest capture, the cluster with the worst first.

| Cluster |<#list caps.first(report.fleet.tasks, caps.fleetTasks) as t> ${t} |</#list>
|---|<#list caps.first(report.fleet.tasks, caps.fleetTasks) as t>---|</#list>
<#list caps.first(report.fleet.rows, caps.fleetRows) as row>
| ${row.cluster?has_content?then(row.cluster, "(no cluster name)")} |<#list caps.first(row.cells, caps.fleetTasks) as cell> <#if cell.verdict?has_content>**${cell.verdict}**<#else>none</#if> |</#list>
</#list>
<@more caps.more(report.fleet.rows, caps.fleetRows) "clusters"/>
<@more caps.more(report.fleet.tasks, caps.fleetTasks) "tasks (columns)"/>
<#list caps.first(report.fleet.clusters, caps.clusters) as c>

<@body c true "###"/>
</#list>
<@more caps.more(report.fleet.clusters, caps.clusters) "clusters"/>
<#else>
<@body report false "##"/>
</#if>
<#-- One cluster's digest (or the only one); h is its sections' heading level. -->
<#macro body r fleet h>
<#local o = r.overview>
<#if fleet>## Cluster ${r.cluster?has_content?then(r.cluster, "(no cluster name)")}

</#if>${o.files} files, ${o.documents} documents, ${o.unreadable} unreadable · <#if o.fromUtc?has_content>captures ${o.from} to ${o.until} (${o.span})<#else>no capture with a known time in view</#if> · times in ${zone}<#if generatedAt?has_content> · generated ${generatedAt}</#if>

**Findings:** ${o.errors} errors, ${o.warnings} warnings, ${o.infos} infos<#if o.baselined gt 0> (${o.baselined} baselined)</#if>

<#if r.comparison??>
<@compared r.comparison h/>
</#if>
<#if r.incidents?has_content>

${h?no_esc} Incidents

${r.incidents?size} incident<#if r.incidents?size != 1>s</#if>, the oldest first: a cause comes before what it leads to.
<#list caps.first(r.incidents, caps.incidents) as i>

**${i.cause.label}** · ${i.shownStart}<#if i.beganBefore> (before this window)</#if> <#if i.ongoing>· ongoing for ${i.duration}<#else>to ${i.shownEnd} (${i.duration})</#if> · ${i.endingLabel}

- Cause: `${i.cause.rule}` ${i.cause.message}
- Affected: <#if !i.affected.sources?has_content && !i.affected.tasks?has_content>the whole cluster<#else>${i.affected.tasks?join(", ")}<#if i.affected.tasks?has_content && i.affected.sources?has_content> on </#if>${i.affected.sources?join(", ")}</#if><#if i.worstLag?has_content> · worst lag ${i.worstLag}</#if> · unhealthy <#list i.affected.subtasks as a>${a.task?has_content?then(a.task + "/", "")}${a.source} ${a.unhealthy}<#sep>, </#list>
<#list caps.first(i.episodes, caps.episodes) as e>
- ${e.shownStart} ${e.label} ${e.task?has_content?then(e.task + "/", "")}${e.source}<#if e.duration?has_content> for ${e.duration}</#if>: ${e.message}
</#list>
<#if caps.more(i.episodes, caps.episodes) gt 0>
- … and ${caps.more(i.episodes, caps.episodes)} more episodes
</#if>
</#list>
<@more caps.more(r.incidents, caps.incidents) "incidents"/>
</#if>

| Task | Health now | In this window | Availability | Lag p95 | dmctl status | Evidence |
|---|---|---|---|---|---|---|
<#list r.tasksShown(caps.tasks) as t>
<@row [t.name, t.verdict, t.inWindow, t.availability, t.lagP95, t.status, t.evidence] 1/>
</#list>
<@more caps.more(o.tasks, caps.tasks) "tasks, those that need a look listed first"/>
<#list r.findingGroups?filter(g -> g.severity != "info" && !g.inIncidents) as g>
<#if g?is_first>

${h?no_esc} Top findings
</#if>

**${g.severity}** `${g.rule}`: ${g.title} (${g.count})

<#list caps.first(g.findings, caps.findings) as f>
- ${f.place}: ${f.message}
</#list>
<#if caps.moreOf(g.count, caps.findings) gt 0>
- … and ${caps.moreOf(g.count, caps.findings)} more
</#if>
</#list>
<#local withErrors = r.tasks?filter(t -> t.errors?has_content)>
<#list caps.first(withErrors, caps.sections) as task>
<#if task.errors?has_content>

${h?no_esc} Errors of ${task.name}

| Code | Message | Raw cause | Workaround | Sources | First seen | Last seen | Count |
|---|---|---|---|---|---|---|---|
<#list caps.first(task.errors, caps.rows) as e>
<@row [e.code, e.message, e.rawCause, e.workaround, e.sources, e.firstSeen, e.lastSeen, e.count?c]/>
</#list>
<#if caps.more(task.errors, caps.rows) gt 0>

… and ${caps.more(task.errors, caps.rows)} more
</#if>
</#if>
</#list>
<@more caps.more(withErrors, caps.sections) "tasks with errors"/>
<#if r.problems?has_content>

${h?no_esc} Unreadable inputs

<#list caps.first(r.problems, caps.rows) as p>
- ${p.place}: ${p.message}
</#list>
<#if caps.more(r.problems, caps.rows) gt 0>
- … and ${caps.more(r.problems, caps.rows)} more
</#if>
</#if>
</#macro>
<#-- What changed since the other window or capture set (--compare), first in the digest. -->
<#macro compared c h>

${h?no_esc} Since ${c.label}

**Incidents:** ${c.newIncidents} new, ${c.resolvedIncidents} resolved, ${c.stillOpen} still open
<#list caps.first(c.incidents?filter(i -> i.change != "again"), caps.incidents) as i>
<#if i?is_first>

</#if>
- ${i.change?replace("-", " ")}: **${i.label}** · ${i.when}
</#list>

**Findings:** ${c.newFindings?size} new, ${c.resolvedFindings?size} resolved (by fingerprint)
<#list caps.first(c.newFindings, caps.findings) as f>
<#if f?is_first>

</#if>
- new **${f.severity}** ${f.rule}: ${f.message}
</#list>
<#if caps.more(c.newFindings, caps.findings) gt 0>
- … and ${caps.more(c.newFindings, caps.findings)} more new findings
</#if>
<#if c.tasks?has_content>

| Task | Availability | Lag p95 | Rows/s p50 |
|---|---|---|---|
<#list caps.first(c.tasks, caps.tasks) as t>
<@row [t.cluster?has_content?then(t.cluster + "/", "") + t.task, t.availabilityShown, t.lagShown, t.rowsShown] 0/>
</#list>
<@more caps.more(c.tasks, caps.tasks) "tasks"/>
</#if>
</#macro>
<#-- A table row, its cells escaped; the cell at index bold in bold. An empty cell is "| |", never
     two spaces. -->
<#macro row cells bold=-1>
|<#list cells as c><#if !c?has_content> <#elseif c?index == bold> **${c}** <#else> ${c} </#if>|</#list>
</#macro>
<#-- "… and N more WHAT" when a list left count out: every one is in the CSV tables and report.json. -->
<#macro more count what>
<#if count gt 0>

… and ${count} more ${what} (every one is in the CSV tables and report.json)
</#if>
</#macro>
