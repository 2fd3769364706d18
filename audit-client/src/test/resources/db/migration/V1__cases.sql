-- A producer's own table, to show an audit event committing and rolling back with a business change.
CREATE TABLE test_case (
    id     uuid PRIMARY KEY,
    title  text NOT NULL
);
