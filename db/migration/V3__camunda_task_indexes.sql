-- Completing a task asks for its subtasks (where parent_task_id_ = ?); Camunda 7.24 ships no index
-- on that column, so every completion scanned all open tasks (docs/decisions/0002).
create index act_idx_task_parent_task on act_ru_task (parent_task_id_);
