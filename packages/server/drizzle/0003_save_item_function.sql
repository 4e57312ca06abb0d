-- Saving one self-assessment item while its period is open, in one round trip and one transaction
-- (the statement's own): the write window (period open, before the set's deadline or the unit's
-- extension, not yet submitted), the versioned insert or update, and the audit row. The shared
-- advisory lock on (period, unit) is the one the unit's submission takes exclusively, so a save
-- either commits before a submission reads the items or sees the submission and is refused.
-- A plpgsql function because each statement in it takes a new snapshot after the lock is granted;
-- one SQL statement would check the submission against a snapshot taken before the wait.
-- Answers: status 'saved' with the row and the count and version sum of the unit's items (to keep
-- an in-memory copy of the unit's items exact), 'conflict' (baseVersion is stale or the first write
-- lost a race), 'refused' (outside the window: the caller looks up why).
CREATE OR REPLACE FUNCTION dti_save_item(
  p_period integer,
  p_unit integer,
  p_set text,
  p_sub text,
  p_base integer,
  p_values jsonb,
  p_by_id integer,
  p_by_name text,
  p_at timestamptz,
  p_entity_id text
) RETURNS TABLE (status text, item jsonb, item_count integer, version_sum bigint)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_row assessment_items%ROWTYPE;
  v_end timestamptz;
BEGIN
  PERFORM pg_advisory_xact_lock_shared(p_period, p_unit);
  SELECT greatest(d.deadline, coalesce(e.until, d.deadline)) INTO v_end
    FROM periods p
    JOIN period_deadlines d ON d.period_id = p.id AND d.set_id = p_set
    LEFT JOIN period_extensions e ON e.period_id = p.id AND e.unit_id = p_unit
   WHERE p.id = p_period AND p.state = 'open';
  IF v_end IS NULL OR p_at >= v_end
     OR EXISTS (SELECT 1 FROM submissions s WHERE s.period_id = p_period AND s.unit_id = p_unit) THEN
    RETURN QUERY SELECT 'refused'::text, NULL::jsonb, 0, 0::bigint;
    RETURN;
  END IF;
  IF p_base = 0 THEN
    INSERT INTO assessment_items AS a
           (period_id, unit_id, sub_code, "values", version, updated_by_id, updated_by_name, updated_at)
    VALUES (p_period, p_unit, p_sub, p_values, 1, p_by_id, p_by_name, p_at)
    ON CONFLICT DO NOTHING
    RETURNING a.* INTO v_row;
  ELSE
    UPDATE assessment_items AS a
       SET "values" = p_values, version = a.version + 1, updated_by_id = p_by_id,
           updated_by_name = p_by_name, updated_at = p_at
     WHERE a.period_id = p_period AND a.unit_id = p_unit AND a.sub_code = p_sub AND a.version = p_base
    RETURNING a.* INTO v_row;
  END IF;
  IF v_row.id IS NULL THEN
    RETURN QUERY SELECT 'conflict'::text, NULL::jsonb, 0, 0::bigint;
    RETURN;
  END IF;
  INSERT INTO audit_log (actor_id, actor_username, action, entity, entity_id, "after")
  VALUES (p_by_id, p_by_name, 'save', 'assessment_item', p_entity_id,
          jsonb_build_object('version', v_row.version, 'values', v_row."values"));
  RETURN QUERY
    SELECT 'saved'::text, to_jsonb(v_row), count(*)::integer, coalesce(sum(i.version), 0)::bigint
      FROM assessment_items i
     WHERE i.period_id = p_period AND i.unit_id = p_unit;
END
$$;
--> statement-breakpoint
-- Many saves in one round trip and one transaction (the server gathers the saves that arrive
-- together): each entry as dti_save_item, in (unit, sub-index) order so that two batches lock
-- rows in the same order, answered with its position in the input.
CREATE OR REPLACE FUNCTION dti_save_items(p_saves jsonb)
RETURNS TABLE (idx integer, status text, item jsonb, item_count integer, version_sum bigint)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  e jsonb;
  r record;
BEGIN
  FOR e IN
    SELECT s.value FROM jsonb_array_elements(p_saves) WITH ORDINALITY AS s(value, n)
     ORDER BY (s.value->>'unit')::integer, s.value->>'sub', s.n
  LOOP
    SELECT * INTO r FROM dti_save_item(
      (e->>'period')::integer, (e->>'unit')::integer, e->>'set', e->>'sub', (e->>'base')::integer,
      e->'values', (e->>'byId')::integer, e->>'byName', (e->>'at')::timestamptz, e->>'entity');
    idx := (e->>'idx')::integer;
    status := r.status;
    item := r.item;
    item_count := r.item_count;
    version_sum := r.version_sum;
    RETURN NEXT;
  END LOOP;
END
$$;
