-- Airline sample domain (tau-bench airline, MIT; see tool-plugins/src/main/resources/commerce/airline/SOURCES.md).
-- One tau-bench record per row as a JSON document (LONGTEXT checked with JSON_VALID), its position in the
-- source file (seq: searches list flights in that order, as tau-bench does), the columns lookups filter on and
-- an optimistic-lock version. AirlineSampleDataLoader inserts the rows on the first start (empty tables only).

CREATE TABLE airline_flights (
    id          VARCHAR(16) NOT NULL COLLATE utf8mb4_bin PRIMARY KEY,
    seq         INT         NOT NULL,
    origin      CHAR(3)     NOT NULL,
    destination CHAR(3)     NOT NULL,
    document    LONGTEXT    NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_airline_flight_json CHECK (JSON_VALID(document)),
    INDEX ix_airline_flight_seq (seq),
    INDEX ix_airline_flight_route (origin, destination)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE airline_users (
    id       VARCHAR(64)  NOT NULL COLLATE utf8mb4_bin PRIMARY KEY,
    seq      INT          NOT NULL,
    email    VARCHAR(255) NOT NULL,
    document LONGTEXT     NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_airline_user_json CHECK (JSON_VALID(document)),
    INDEX ix_airline_user_email (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE airline_reservations (
    id       VARCHAR(16) NOT NULL COLLATE utf8mb4_bin PRIMARY KEY,
    seq      INT         NOT NULL,
    user_id  VARCHAR(64) NOT NULL COLLATE utf8mb4_bin,
    status   VARCHAR(40),
    document LONGTEXT    NOT NULL,
    version  BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_airline_reservation_json CHECK (JSON_VALID(document)),
    CONSTRAINT fk_airline_reservation_user FOREIGN KEY (user_id) REFERENCES airline_users (id),
    INDEX ix_airline_reservation_seq (seq),
    INDEX ix_airline_reservation_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
