-- Retail sample domain (tau-bench retail, MIT; see tool-plugins/src/main/resources/commerce/retail/SOURCES.md).
-- Each row holds one tau-bench record as a JSON document (LONGTEXT checked with JSON_VALID), its position in
-- the source file (seq: lookups return the first match in that order, as tau-bench does), the columns the
-- lookups filter on, and an optimistic-lock version. The rows are inserted by RetailSampleDataLoader on the
-- first start (only into empty tables), not by this migration.

CREATE TABLE retail_products (
    id       VARCHAR(64)  NOT NULL COLLATE utf8mb4_bin PRIMARY KEY,
    seq      INT          NOT NULL,
    name     VARCHAR(255) NOT NULL,
    document LONGTEXT     NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_retail_product_json CHECK (JSON_VALID(document)),
    INDEX ix_retail_product_seq (seq),
    INDEX ix_retail_product_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE retail_users (
    id         VARCHAR(64)  NOT NULL COLLATE utf8mb4_bin PRIMARY KEY,
    seq        INT          NOT NULL,
    email      VARCHAR(255) NOT NULL,
    first_name VARCHAR(255) NOT NULL,
    last_name  VARCHAR(255) NOT NULL,
    zip        VARCHAR(20)  NOT NULL COLLATE utf8mb4_bin,
    document   LONGTEXT     NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_retail_user_json CHECK (JSON_VALID(document)),
    INDEX ix_retail_user_seq (seq),
    INDEX ix_retail_user_email (email),
    INDEX ix_retail_user_zip (zip, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE retail_orders (
    id       VARCHAR(64) NOT NULL COLLATE utf8mb4_bin PRIMARY KEY,
    seq      INT         NOT NULL,
    user_id  VARCHAR(64) NOT NULL COLLATE utf8mb4_bin,
    status   VARCHAR(40) NOT NULL,
    document LONGTEXT    NOT NULL,
    version  BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_retail_order_json CHECK (JSON_VALID(document)),
    CONSTRAINT fk_retail_order_user FOREIGN KEY (user_id) REFERENCES retail_users (id),
    INDEX ix_retail_order_seq (seq),
    INDEX ix_retail_order_user (user_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
