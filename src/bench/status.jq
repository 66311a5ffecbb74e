# The benchmark's "what users do today": dmctl's task status recomputed with jq from a stream of
# full responses (DM 2.0+ layout), one line per document and task. Summaries pass through.
def step($acc; $s; $relay):
  if ($acc | startswith("Error")) then $acc
  elif $s.stage == "Paused" and (($s.result.errors // []) | length) > 0 then "Error - Some error occurred in subtask"
  elif $s.unit == "Sync" and $s.stage == "Running" and $relay != null and ($relay.stage == "Paused" or $relay.stage == "Stopped")
    then "Error - Relay status is " + (if (($relay.result.errors // []) | length) > 0 then "Error" else $relay.stage end)
  elif $acc == "Paused" then $acc
  elif $acc == "" or $s.stage == "Paused" then $s.stage
  elif $acc != $s.stage then "Running"
  else $acc end;
if has("sources") then
  reduce (.sources[] | select(.result) | . as $e | .subTaskStatus[] | {task: .name, s: ., relay: $e.sourceStatus.relayStatus})
    as $x ({}; .[$x.task] = step(.[$x.task] // ""; $x.s; $x.relay))
  | to_entries[]
  | [.key, (if (.value | startswith("Error")) then .value + ". Please run `query-status " + .key + "` to get more details." else .value end)]
  | @tsv
elif has("tasks") then .tasks[] | [.taskName, .taskStatus] | @tsv
else empty end
