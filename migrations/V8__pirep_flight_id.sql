-- The live flight a PIREP was filed from (POST /api/flights/{id}/file); null for a PIREP not filed
-- from one. Rows written before this column stay null until the projection is rebuilt.
alter table pireps add column flight_id uuid;
