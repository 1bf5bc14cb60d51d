-- Demo data, step 4: workflows, executions of 3-12 checkpointed nodes, about 5 % failing at a realistic
-- node (provider 429, timeout, invalid JSON output, provider 5xx) with its error text and stack.
INSERT INTO workflows (id, tenant_id, name, created_at)
SELECT md5(t.id::text || ':wf:' || k)::uuid, t.id,
       (ARRAY['Support triage', 'Invoice extraction', 'Lead enrichment', 'Contract review', 'Daily digest',
              'RAG answer', 'Ticket summarizer', 'Resume screening'])[1 + (t.n + k * 3) % 8],
       tn.created_at
FROM demo_tenants t JOIN tenants tn ON tn.id = t.id
CROSS JOIN LATERAL generate_series(1, 1 + t.n % 4) k;

CREATE TEMP TABLE demo_exec AS
SELECT x.*,
       CASE WHEN x.r_status < 0.05 THEN 'failed'
            WHEN x.r_status < 0.06 THEN 'cancelled'
            WHEN x.r_status < 0.064 THEN 'running'
            WHEN x.r_status < 0.068 THEN 'queued'
            ELSE 'succeeded' END AS status,
       (ARRAY['provider_429', 'timeout', 'invalid_json', 'provider_5xx'])[1 + floor(x.r_error * 4)::int] AS error_kind
FROM (
    SELECT md5(t.id::text || ':ex:' || g)::uuid AS id, t.id AS tenant_id, t.plan_id,
           md5(t.id::text || ':wf:' || (1 + g % (1 + t.n % 4)))::uuid AS workflow_id,
           random() AS r_status, random() AS r_error, random() AS r_age,
           3 + floor(random() * 10)::int AS node_count
    FROM demo_tenants t
    CROSS JOIN LATERAL generate_series(1, t.exec_count) g
) x;
ANALYZE demo_exec;
ALTER TABLE demo_exec ADD COLUMN created_at timestamptz, ADD COLUMN job_id bigint;
-- Running and queued work is recent; the rest spreads over the period, recent days busier.
UPDATE demo_exec e SET created_at = CASE
        WHEN e.status IN ('running', 'queued') THEN p.anchor - interval '1 second' * (5 + e.r_age * 600)
        ELSE p.anchor - p.days * interval '1 day' * power(e.r_age, 1.15) - interval '15 minutes' END
FROM demo_params p;
UPDATE demo_exec e SET job_id = j.rn FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS rn FROM demo_exec) j
WHERE j.id = e.id;

-- Node template: a typical agent workflow; the failing node is the last one that ran.
CREATE TEMP TABLE demo_nodes AS
SELECT e.id AS execution_id, e.tenant_id, s.seq,
       CASE WHEN s.seq = e.node_count AND e.status = 'failed' THEN
                CASE WHEN e.error_kind = 'invalid_json' THEN 'transform' ELSE 'llm' END
            WHEN s.seq = e.node_count AND e.status = 'succeeded' THEN 'output'
            ELSE (ARRAY['trigger', 'retrieval', 'llm', 'tool', 'llm', 'transform', 'http', 'llm', 'branch',
                        'tool', 'llm', 'output'])[s.seq] END AS node_type,
       CASE WHEN s.seq < e.node_count THEN 'succeeded'
            WHEN e.status = 'failed' THEN 'failed'
            WHEN e.status = 'cancelled' THEN 'cancelled'
            WHEN e.status = 'running' THEN 'running'
            ELSE 'succeeded' END AS status,
       e.status AS exec_status, e.error_kind, e.created_at, e.plan_id,
       random() AS r_dur, random() AS r_pt, random() AS r_ct, random() AS r_attempt, random() AS r_model
FROM demo_exec e
CROSS JOIN LATERAL generate_series(1, e.node_count) s(seq)
WHERE e.status <> 'queued';

ANALYZE demo_nodes;
ALTER TABLE demo_nodes ADD COLUMN duration_ms int, ADD COLUMN model text, ADD COLUMN prompt_tokens int,
    ADD COLUMN completion_tokens int, ADD COLUMN cost_usd numeric(18, 8), ADD COLUMN started_at timestamptz;
UPDATE demo_nodes n SET
    duration_ms = CASE n.node_type WHEN 'llm' THEN 400 + (n.r_dur * 11000)::int
                                   WHEN 'http' THEN 80 + (n.r_dur * 2500)::int
                                   WHEN 'retrieval' THEN 40 + (n.r_dur * 900)::int
                                   WHEN 'tool' THEN 30 + (n.r_dur * 1500)::int
                                   ELSE 2 + (n.r_dur * 60)::int END
                  + CASE WHEN n.status = 'failed' AND n.error_kind = 'timeout' THEN 30000 ELSE 0 END,
    model = CASE WHEN n.node_type = 'llm' THEN m.model END,
    prompt_tokens = CASE WHEN n.node_type = 'llm' THEN 300 + (power(n.r_pt, 2) * 3700)::int ELSE 0 END,
    completion_tokens = CASE WHEN n.node_type = 'llm' AND n.status = 'succeeded' THEN 40 + (n.r_ct * 1100)::int ELSE 0 END
FROM demo_plan_models m
WHERE m.plan_id = n.plan_id AND m.idx = 1 + least(m.n_models - 1, floor(power(n.r_model, 1.6) * m.n_models)::int);
UPDATE demo_nodes SET cost_usd = 0 WHERE model IS NULL;
UPDATE demo_nodes n SET cost_usd = round((n.prompt_tokens * p.input_per_mtok + n.completion_tokens * p.output_per_mtok) / 1000000, 8)
FROM demo_plan_models p
WHERE p.plan_id = n.plan_id AND p.model = n.model;
-- Nodes run one after another, a little after the execution was created.
UPDATE demo_nodes n SET started_at = n.created_at + interval '1 millisecond' * (50 + c.before_ms)
FROM (SELECT execution_id, seq, coalesce(sum(duration_ms) OVER (PARTITION BY execution_id ORDER BY seq
          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before_ms FROM demo_nodes) c
WHERE c.execution_id = n.execution_id AND c.seq = n.seq;

INSERT INTO executions (id, tenant_id, workflow_id, status, created_at, started_at, finished_at, total_tokens,
                        cost_usd, error_code, error_message, queue, job_id)
SELECT e.id, e.tenant_id, e.workflow_id, e.status, e.created_at,
       CASE WHEN e.status <> 'queued' THEN e.created_at + interval '50 milliseconds' END,
       CASE WHEN e.status IN ('succeeded', 'failed', 'cancelled')
            THEN e.created_at + interval '1 millisecond' * (50 + coalesce(a.total_ms, 0)) END,
       coalesce(a.tokens, 0), coalesce(a.cost, 0),
       CASE WHEN e.status = 'failed' THEN e.error_kind END,
       CASE WHEN e.status = 'failed' THEN f.message END,
       'workflow-runs', e.job_id::text
FROM demo_exec e
LEFT JOIN (SELECT execution_id, sum(duration_ms) AS total_ms, sum(prompt_tokens + completion_tokens) AS tokens,
                  sum(cost_usd) AS cost
           FROM demo_nodes GROUP BY execution_id) a ON a.execution_id = e.id
LEFT JOIN LATERAL (SELECT CASE e.error_kind
        WHEN 'provider_429' THEN '429 Too Many Requests: rate limit reached for requests per minute; retry after 20s'
        WHEN 'timeout' THEN 'Provider did not answer within 30000 ms (attempt 3 of 3)'
        WHEN 'invalid_json' THEN 'Model output is not valid JSON: Unexpected token ''`'' at position 0'
        ELSE '502 Bad Gateway: upstream provider returned an error; request id req_' || substr(md5(e.id::text), 1, 12)
    END AS message) f ON true;

INSERT INTO execution_nodes (execution_id, seq, tenant_id, node_key, node_type, status, started_at, finished_at,
                             attempt, will_retry, model, prompt_tokens, completion_tokens, cost_usd, input, output,
                             error_code, error_message, error_stack)
SELECT n.execution_id, n.seq, n.tenant_id, n.node_type || '_' || n.seq, n.node_type, n.status, n.started_at,
       CASE WHEN n.status <> 'running' THEN n.started_at + interval '1 millisecond' * n.duration_ms END,
       CASE WHEN n.status = 'failed' AND n.error_kind <> 'invalid_json' THEN 3
            WHEN n.node_type = 'llm' AND n.r_attempt < 0.04 THEN 2 ELSE 1 END,
       false, n.model, n.prompt_tokens, n.completion_tokens, n.cost_usd,
       CASE n.node_type
           -- The first LLM call of a run asks plainly; later ones answer after a knowledge-base tool call,
           -- as the platform records them (OpenAI's Chat Completions request, tools and parameters included).
           WHEN 'llm' THEN CASE WHEN n.seq < 5 THEN jsonb_build_object('model', n.model, 'messages', jsonb_build_array(
               jsonb_build_object('role', 'system', 'content', 'Follow the tenant instructions.'),
               jsonb_build_object('role', 'user', 'content', 'Summarize document #' || n.seq || ' for the customer.')))
           ELSE jsonb_build_object('model', n.model, 'temperature', 0.2, 'max_tokens', 800,
               'tools', jsonb_build_array(jsonb_build_object('type', 'function', 'function', jsonb_build_object(
                   'name', 'search_kb', 'description', 'Search the tenant''s knowledge base',
                   'parameters', jsonb_build_object('type', 'object', 'properties',
                       jsonb_build_object('query', jsonb_build_object('type', 'string')),
                       'required', jsonb_build_array('query'))))),
               'messages', jsonb_build_array(
               jsonb_build_object('role', 'system', 'content', 'Follow the tenant instructions.'),
               jsonb_build_object('role', 'user', 'content', 'What is our refund policy for order #' || n.seq || '?'),
               jsonb_build_object('role', 'assistant', 'content', NULL, 'tool_calls', jsonb_build_array(
                   jsonb_build_object('id', 'call_' || n.seq, 'type', 'function', 'function', jsonb_build_object(
                       'name', 'search_kb', 'arguments', '{"query":"refund policy"}')))),
               jsonb_build_object('role', 'tool', 'tool_call_id', 'call_' || n.seq,
                   'content', 'Refunds are accepted within 30 days of purchase with the receipt.'))) END
           WHEN 'http' THEN jsonb_build_object('method', 'POST', 'url', 'https://api.example.com/v1/records')
           WHEN 'retrieval' THEN jsonb_build_object('query', 'refund policy', 'top_k', 5)
           ELSE jsonb_build_object('step', n.seq) END,
       CASE WHEN n.status <> 'succeeded' THEN NULL
            WHEN n.node_type = 'llm' THEN jsonb_build_object('content', 'Here is the summary you asked for.',
                 'finish_reason', 'stop', 'usage', jsonb_build_object('prompt_tokens', n.prompt_tokens,
                 'completion_tokens', n.completion_tokens))
            ELSE jsonb_build_object('ok', true) END,
       CASE WHEN n.status = 'failed' THEN n.error_kind END,
       CASE WHEN n.status = 'failed' THEN e.error_message END,
       CASE WHEN n.status = 'failed' THEN
           CASE n.error_kind
               WHEN 'provider_429' THEN 'RateLimitError: ' || e.error_message
               WHEN 'timeout' THEN 'TimeoutError: ' || e.error_message
               WHEN 'invalid_json' THEN 'SyntaxError: ' || e.error_message
               ELSE 'APIError: ' || e.error_message END || E'\n'
           || E'    at ProviderClient.complete (/srv/worker/dist/providers/client.js:214:19)\n'
           || E'    at async ' || initcap(n.node_type) || E'Node.run (/srv/worker/dist/nodes/' || n.node_type || E'.js:88:22)\n'
           || E'    at async WorkflowRunner.runNode (/srv/worker/dist/runner.js:141:9)\n'
           || E'    at async WorkflowRunner.resume (/srv/worker/dist/runner.js:97:7)'
       END
FROM demo_nodes n
JOIN executions e ON e.id = n.execution_id;

-- About a third of the failures older than two days were retried by support and the retry went through:
-- the same workflow again, the failed node now answered (other tokens, cost and time), so a failed run
-- and its retry can be compared node by node. Recent failures stay unretried, as they would be.
CREATE TEMP TABLE demo_retries AS
SELECT e.id AS failed_id, md5(e.id::text || ':retry')::uuid AS id, e.tenant_id, e.workflow_id, e.queue,
       e.created_at AS failed_created_at,
       e.finished_at + interval '1 minute' * (3 + floor(random() * 240)) AS created_at, random() AS r_speed
FROM executions e, demo_params p
WHERE e.status = 'failed' AND e.finished_at < p.anchor - interval '2 days' AND random() < 0.35;
INSERT INTO executions (id, tenant_id, workflow_id, status, created_at, started_at, queue, retry_of, requested_by)
SELECT r.id, r.tenant_id, r.workflow_id, 'running', r.created_at, r.created_at + interval '50 milliseconds',
       r.queue, r.failed_id, 'support@demo'
FROM demo_retries r;
INSERT INTO execution_nodes (execution_id, seq, tenant_id, node_key, node_type, status, started_at, finished_at,
                             attempt, will_retry, model, prompt_tokens, completion_tokens, cost_usd, input, output)
SELECT r.id, n.seq, n.tenant_id, n.node_key, n.node_type, 'succeeded',
       r.created_at + (n.started_at - r.failed_created_at) * (0.7 + r.r_speed * 0.6),
       r.created_at + (n.started_at - r.failed_created_at) * (0.7 + r.r_speed * 0.6)
           + CASE WHEN n.status = 'failed' AND n.error_code = 'timeout' THEN interval '1400 milliseconds'
                  ELSE (coalesce(n.finished_at, n.started_at) - n.started_at) * (0.7 + r.r_speed * 0.6) END,
       1, false, n.model,
       n.prompt_tokens + CASE WHEN n.model IS NOT NULL THEN floor(r.r_speed * 40)::int ELSE 0 END,
       CASE WHEN n.model IS NOT NULL AND n.completion_tokens = 0 THEN 180 + floor(r.r_speed * 600)::int
            ELSE n.completion_tokens END,
       0, n.input,
       CASE WHEN n.status = 'succeeded' THEN n.output
            WHEN n.node_type = 'llm' THEN jsonb_build_object('content', 'Here is the summary you asked for.',
                 'finish_reason', 'stop', 'usage', jsonb_build_object('prompt_tokens',
                 n.prompt_tokens + floor(r.r_speed * 40)::int, 'completion_tokens', 180 + floor(r.r_speed * 600)::int))
            ELSE jsonb_build_object('ok', true) END
FROM demo_retries r
JOIN execution_nodes n ON n.execution_id = r.failed_id;
UPDATE execution_nodes n SET cost_usd = round((n.prompt_tokens * p.input_per_mtok + n.completion_tokens * p.output_per_mtok) / 1000000, 8)
FROM demo_retries r,
     (SELECT DISTINCT ON (model) model, input_per_mtok, output_per_mtok FROM model_prices
      ORDER BY model, effective_from DESC) p
WHERE n.execution_id = r.id AND p.model = n.model;
UPDATE executions e SET status = 'succeeded', finished_at = a.finished, total_tokens = a.tokens, cost_usd = a.cost
FROM (SELECT n.execution_id, max(n.finished_at) AS finished, sum(n.prompt_tokens + n.completion_tokens) AS tokens,
             sum(n.cost_usd) AS cost
      FROM execution_nodes n JOIN demo_retries r ON r.id = n.execution_id GROUP BY 1) a
WHERE a.execution_id = e.id;
