-- Disposal follows the case it disposes of (issue 17): the retention process carries the case's own
-- kind, id and involved people, so exclusions, "no self-approval" and who is told apply to it, and
-- the schedule hides a case from anyone kept out of it or involved in it.
alter table retention_entry add column involved_people text;

-- Retention processes already running named their own kind and kept the case's kind aside.
update act_ru_variable kind set text_ = source.text_
from act_ru_variable source
where kind.name_ = 'caseKind' and kind.text_ = 'evidence-retention'
  and source.proc_inst_id_ = kind.proc_inst_id_ and source.execution_id_ = kind.execution_id_ and source.name_ = 'sourceCaseType';
