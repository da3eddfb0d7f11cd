-- Live sessions shared by every server process on one PostgreSQL (pg-rooms.ts): a room, the log
-- of the commands that changed it (each process applies it in order), the participant tokens, and
-- which process holds whose open stream. The embedded database keeps rooms in memory and leaves
-- these tables empty.
CREATE TABLE live_rooms (
  code text PRIMARY KEY,
  chapter_id text NOT NULL,
  presenter_id uuid NOT NULL REFERENCES managers (id) ON DELETE CASCADE,
  -- The slide the room started on; later slides are in the log.
  slide_id text NOT NULL,
  created_at bigint NOT NULL,
  status text NOT NULL DEFAULT 'live' CHECK (status IN ('live', 'ended')),
  -- The number of the last command in the log.
  version integer NOT NULL DEFAULT 0,
  last_activity_at bigint NOT NULL,
  ended_at bigint
);
CREATE INDEX live_rooms_presenter_idx ON live_rooms (presenter_id, chapter_id) WHERE status = 'live';

CREATE TABLE live_commands (
  code text NOT NULL REFERENCES live_rooms (code) ON DELETE CASCADE,
  version integer NOT NULL,
  command jsonb NOT NULL,
  PRIMARY KEY (code, version)
);

CREATE TABLE live_tokens (
  token_hash text PRIMARY KEY,
  code text NOT NULL REFERENCES live_rooms (code) ON DELETE CASCADE
);
CREATE INDEX live_tokens_code_idx ON live_tokens (code);

CREATE TABLE live_presence (
  code text NOT NULL REFERENCES live_rooms (code) ON DELETE CASCADE,
  participant_id uuid NOT NULL,
  process_id uuid NOT NULL,
  seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (code, participant_id, process_id)
);
CREATE INDEX live_presence_process_idx ON live_presence (process_id);
