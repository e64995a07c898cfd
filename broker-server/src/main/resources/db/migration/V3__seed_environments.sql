-- The Pact Broker starts with a test and a production environment; Pact clients assume both exist.
INSERT INTO environments (uuid, name, display_name, production, contacts, created_at)
VALUES ('0b6a1f4e-5d1c-4c38-9d1e-7a3c2f10e001', 'test', 'Test', FALSE, NULL, CURRENT_TIMESTAMP);
INSERT INTO environments (uuid, name, display_name, production, contacts, created_at)
VALUES ('0b6a1f4e-5d1c-4c38-9d1e-7a3c2f10e002', 'production', 'Production', TRUE, NULL, CURRENT_TIMESTAMP);
