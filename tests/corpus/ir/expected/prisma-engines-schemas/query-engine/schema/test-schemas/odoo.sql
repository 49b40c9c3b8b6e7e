-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "base_import_import" (
    "id" SERIAL NOT NULL,
    "res_model" VARCHAR,
    "file" BYTEA,
    "file_name" VARCHAR,
    "file_type" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_mapping" (
    "id" SERIAL NOT NULL,
    "res_model" VARCHAR,
    "column_name" VARCHAR,
    "field_name" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_mapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_tests_models_char" (
    "id" SERIAL NOT NULL,
    "value" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_tests_models_char_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_tests_models_char_noreadonly" (
    "id" SERIAL NOT NULL,
    "value" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_tests_models_char_noreadonly_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_tests_models_char_readonly" (
    "id" SERIAL NOT NULL,
    "value" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_tests_models_char_readonly_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_tests_models_char_required" (
    "id" SERIAL NOT NULL,
    "value" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_tests_models_char_required_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_tests_models_char_states" (
    "id" SERIAL NOT NULL,
    "value" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_tests_models_char_states_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_tests_models_char_stillreadonly" (
    "id" SERIAL NOT NULL,
    "value" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_tests_models_char_stillreadonly_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_tests_models_complex" (
    "id" SERIAL NOT NULL,
    "f" DOUBLE PRECISION,
    "m" DECIMAL,
    "c" VARCHAR,
    "currency_id" INTEGER,
    "d" DATE,
    "dt" TIMESTAMP(6),
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_tests_models_complex_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_tests_models_float" (
    "id" SERIAL NOT NULL,
    "value" DOUBLE PRECISION,
    "value2" DECIMAL,
    "currency_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_tests_models_float_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_tests_models_m2o" (
    "id" SERIAL NOT NULL,
    "value" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_tests_models_m2o_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_tests_models_m2o_related" (
    "id" SERIAL NOT NULL,
    "value" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_tests_models_m2o_related_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_tests_models_m2o_required" (
    "id" SERIAL NOT NULL,
    "value" INTEGER NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_tests_models_m2o_required_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_tests_models_m2o_required_related" (
    "id" SERIAL NOT NULL,
    "value" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_tests_models_m2o_required_related_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_tests_models_o2m" (
    "id" SERIAL NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_tests_models_o2m_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_tests_models_o2m_child" (
    "id" SERIAL NOT NULL,
    "parent_id" INTEGER,
    "value" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_tests_models_o2m_child_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_import_tests_models_preview" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR,
    "somevalue" INTEGER NOT NULL,
    "othervalue" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_import_tests_models_preview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_language_export" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR,
    "lang" VARCHAR NOT NULL,
    "format" VARCHAR NOT NULL,
    "data" BYTEA,
    "state" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_language_export_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_language_import" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "code" VARCHAR(6) NOT NULL,
    "data" BYTEA NOT NULL,
    "filename" VARCHAR NOT NULL,
    "overwrite" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_language_import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_language_install" (
    "id" SERIAL NOT NULL,
    "lang" VARCHAR NOT NULL,
    "overwrite" BOOLEAN,
    "state" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_language_install_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_language_install_website_rel" (
    "base_language_install_id" INTEGER NOT NULL,
    "website_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "base_module_uninstall" (
    "id" SERIAL NOT NULL,
    "show_all" BOOLEAN,
    "module_id" INTEGER NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_module_uninstall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_module_update" (
    "id" SERIAL NOT NULL,
    "updated" INTEGER,
    "added" INTEGER,
    "state" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_module_update_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_module_upgrade" (
    "id" SERIAL NOT NULL,
    "module_info" TEXT,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_module_upgrade_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_partner_merge_automatic_wizard" (
    "id" SERIAL NOT NULL,
    "group_by_email" BOOLEAN,
    "group_by_name" BOOLEAN,
    "group_by_is_company" BOOLEAN,
    "group_by_vat" BOOLEAN,
    "group_by_parent_id" BOOLEAN,
    "state" VARCHAR NOT NULL,
    "number_group" INTEGER,
    "current_line_id" INTEGER,
    "dst_partner_id" INTEGER,
    "exclude_contact" BOOLEAN,
    "exclude_journal_item" BOOLEAN,
    "maximum_group" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_partner_merge_automatic_wizard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_partner_merge_automatic_wizard_res_partner_rel" (
    "base_partner_merge_automatic_wizard_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "base_partner_merge_line" (
    "id" SERIAL NOT NULL,
    "wizard_id" INTEGER,
    "min_id" INTEGER,
    "aggr_ids" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_partner_merge_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base_update_translations" (
    "id" SERIAL NOT NULL,
    "lang" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "base_update_translations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bus_bus" (
    "id" SERIAL NOT NULL,
    "channel" VARCHAR,
    "message" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "bus_bus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bus_presence" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "last_poll" TIMESTAMP(6),
    "last_presence" TIMESTAMP(6),
    "status" VARCHAR,

    CONSTRAINT "bus_presence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_password_user" (
    "id" SERIAL NOT NULL,
    "wizard_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "user_login" VARCHAR,
    "new_passwd" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "change_password_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_password_wizard" (
    "id" SERIAL NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "change_password_wizard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_template_attachment_rel" (
    "email_template_id" INTEGER NOT NULL,
    "attachment_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "email_template_preview" (
    "id" SERIAL NOT NULL,
    "res_id" VARCHAR,
    "name" VARCHAR,
    "model_id" INTEGER,
    "model" VARCHAR,
    "lang" VARCHAR,
    "user_signature" BOOLEAN,
    "subject" VARCHAR,
    "email_from" VARCHAR,
    "use_default_to" BOOLEAN,
    "email_to" VARCHAR,
    "partner_to" VARCHAR,
    "email_cc" VARCHAR,
    "reply_to" VARCHAR,
    "mail_server_id" INTEGER,
    "body_html" TEXT,
    "report_name" VARCHAR,
    "report_template" INTEGER,
    "ref_ir_act_window" INTEGER,
    "auto_delete" BOOLEAN,
    "model_object_field" INTEGER,
    "sub_object" INTEGER,
    "sub_model_object_field" INTEGER,
    "null_value" VARCHAR,
    "copyvalue" VARCHAR,
    "scheduled_date" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "email_template_preview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_template_preview_res_partner_rel" (
    "email_template_preview_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "fetchmail_server" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "active" BOOLEAN,
    "state" VARCHAR,
    "server" VARCHAR,
    "port" INTEGER,
    "type" VARCHAR NOT NULL,
    "is_ssl" BOOLEAN,
    "attach" BOOLEAN,
    "original" BOOLEAN,
    "date" TIMESTAMP(6),
    "user" VARCHAR,
    "password" VARCHAR,
    "object_id" INTEGER,
    "priority" INTEGER,
    "configuration" TEXT,
    "script" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "fetchmail_server_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "iap_account" (
    "id" SERIAL NOT NULL,
    "service_name" VARCHAR,
    "account_token" VARCHAR,
    "company_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "iap_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_act_client" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "type" VARCHAR NOT NULL,
    "help" TEXT,
    "binding_model_id" INTEGER,
    "binding_type" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "tag" VARCHAR NOT NULL,
    "target" VARCHAR,
    "res_model" VARCHAR,
    "context" VARCHAR NOT NULL,
    "params_store" BYTEA,

    CONSTRAINT "ir_act_client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_act_report_xml" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "type" VARCHAR NOT NULL,
    "help" TEXT,
    "binding_model_id" INTEGER,
    "binding_type" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "model" VARCHAR NOT NULL,
    "report_type" VARCHAR NOT NULL,
    "report_name" VARCHAR NOT NULL,
    "report_file" VARCHAR,
    "multi" BOOLEAN,
    "paperformat_id" INTEGER,
    "print_report_name" VARCHAR,
    "attachment_use" BOOLEAN,
    "attachment" VARCHAR,

    CONSTRAINT "ir_act_report_xml_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_act_server" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "type" VARCHAR NOT NULL,
    "help" TEXT,
    "binding_model_id" INTEGER,
    "binding_type" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "usage" VARCHAR NOT NULL,
    "state" VARCHAR NOT NULL,
    "sequence" INTEGER,
    "model_id" INTEGER NOT NULL,
    "model_name" VARCHAR,
    "code" TEXT,
    "crud_model_id" INTEGER,
    "link_field_id" INTEGER,
    "template_id" INTEGER,
    "activity_type_id" INTEGER,
    "activity_summary" VARCHAR,
    "activity_note" TEXT,
    "activity_date_deadline_range" INTEGER,
    "activity_date_deadline_range_type" VARCHAR,
    "activity_user_type" VARCHAR NOT NULL,
    "activity_user_id" INTEGER,
    "activity_user_field_name" VARCHAR,
    "website_path" VARCHAR,
    "website_published" BOOLEAN,

    CONSTRAINT "ir_act_server_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_act_server_mail_channel_rel" (
    "ir_act_server_id" INTEGER NOT NULL,
    "mail_channel_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "ir_act_server_res_partner_rel" (
    "ir_act_server_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "ir_act_url" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "type" VARCHAR NOT NULL,
    "help" TEXT,
    "binding_model_id" INTEGER,
    "binding_type" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "url" TEXT NOT NULL,
    "target" VARCHAR NOT NULL,

    CONSTRAINT "ir_act_url_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_act_window" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "type" VARCHAR NOT NULL,
    "help" TEXT,
    "binding_model_id" INTEGER,
    "binding_type" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "view_id" INTEGER,
    "domain" VARCHAR,
    "context" VARCHAR NOT NULL,
    "res_id" INTEGER,
    "res_model" VARCHAR NOT NULL,
    "src_model" VARCHAR,
    "target" VARCHAR,
    "view_mode" VARCHAR NOT NULL,
    "view_type" VARCHAR NOT NULL,
    "usage" VARCHAR,
    "limit" INTEGER,
    "search_view_id" INTEGER,
    "filter" BOOLEAN,
    "auto_search" BOOLEAN,
    "multi" BOOLEAN,

    CONSTRAINT "ir_act_window_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_act_window_group_rel" (
    "act_id" INTEGER NOT NULL,
    "gid" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "ir_act_window_view" (
    "id" SERIAL NOT NULL,
    "sequence" INTEGER,
    "view_id" INTEGER,
    "view_mode" VARCHAR NOT NULL,
    "act_window_id" INTEGER,
    "multi" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_act_window_view_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_actions" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "type" VARCHAR NOT NULL,
    "help" TEXT,
    "binding_model_id" INTEGER,
    "binding_type" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_actions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_actions_todo" (
    "id" SERIAL NOT NULL,
    "action_id" INTEGER NOT NULL,
    "sequence" INTEGER,
    "state" VARCHAR NOT NULL,
    "name" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_actions_todo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_attachment" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "datas_fname" VARCHAR,
    "description" TEXT,
    "res_name" VARCHAR,
    "res_model" VARCHAR,
    "res_model_name" VARCHAR,
    "res_field" VARCHAR,
    "res_id" INTEGER,
    "company_id" INTEGER,
    "type" VARCHAR NOT NULL,
    "url" VARCHAR(1024),
    "public" BOOLEAN,
    "access_token" VARCHAR,
    "db_datas" BYTEA,
    "store_fname" VARCHAR,
    "file_size" INTEGER,
    "checksum" VARCHAR(40),
    "mimetype" VARCHAR,
    "index_content" TEXT,
    "active" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "key" VARCHAR,
    "website_id" INTEGER,
    "theme_template_id" INTEGER,

    CONSTRAINT "ir_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_config_parameter" (
    "id" SERIAL NOT NULL,
    "key" VARCHAR NOT NULL,
    "value" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_config_parameter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_cron" (
    "id" SERIAL NOT NULL,
    "ir_actions_server_id" INTEGER NOT NULL,
    "cron_name" VARCHAR,
    "user_id" INTEGER NOT NULL,
    "active" BOOLEAN,
    "interval_number" INTEGER,
    "interval_type" VARCHAR,
    "numbercall" INTEGER,
    "doall" BOOLEAN,
    "nextcall" TIMESTAMP(6) NOT NULL,
    "priority" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_cron_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_default" (
    "id" SERIAL NOT NULL,
    "field_id" INTEGER NOT NULL,
    "user_id" INTEGER,
    "company_id" INTEGER,
    "condition" VARCHAR,
    "json_value" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_default_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_demo" (
    "id" SERIAL NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_demo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_demo_failure" (
    "id" SERIAL NOT NULL,
    "module_id" INTEGER NOT NULL,
    "error" VARCHAR,
    "wizard_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_demo_failure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_demo_failure_wizard" (
    "id" SERIAL NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_demo_failure_wizard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_exports" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR,
    "resource" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_exports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_exports_line" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR,
    "export_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_exports_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_filters" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "user_id" INTEGER,
    "domain" TEXT NOT NULL,
    "context" TEXT NOT NULL,
    "sort" TEXT NOT NULL,
    "model_id" VARCHAR NOT NULL,
    "is_default" BOOLEAN,
    "action_id" INTEGER,
    "active" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_filters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_logging" (
    "id" SERIAL NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "name" VARCHAR NOT NULL,
    "type" VARCHAR NOT NULL,
    "dbname" VARCHAR,
    "level" VARCHAR,
    "message" TEXT NOT NULL,
    "path" VARCHAR NOT NULL,
    "func" VARCHAR NOT NULL,
    "line" VARCHAR NOT NULL,

    CONSTRAINT "ir_logging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_mail_server" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "smtp_host" VARCHAR NOT NULL,
    "smtp_port" INTEGER NOT NULL,
    "smtp_user" VARCHAR,
    "smtp_pass" VARCHAR,
    "smtp_encryption" VARCHAR NOT NULL,
    "smtp_debug" BOOLEAN,
    "sequence" INTEGER,
    "active" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_mail_server_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_model" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "model" VARCHAR NOT NULL,
    "info" TEXT,
    "state" VARCHAR,
    "transient" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "is_mail_thread" BOOLEAN,

    CONSTRAINT "ir_model_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_model_access" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "active" BOOLEAN,
    "model_id" INTEGER NOT NULL,
    "group_id" INTEGER,
    "perm_read" BOOLEAN,
    "perm_write" BOOLEAN,
    "perm_create" BOOLEAN,
    "perm_unlink" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_model_access_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_model_constraint" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "definition" VARCHAR,
    "model" INTEGER NOT NULL,
    "module" INTEGER NOT NULL,
    "type" VARCHAR(1) NOT NULL,
    "date_update" TIMESTAMP(6),
    "date_init" TIMESTAMP(6),
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_model_constraint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_model_data" (
    "id" SERIAL NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "noupdate" BOOLEAN,
    "name" VARCHAR NOT NULL,
    "date_init" TIMESTAMP(6),
    "date_update" TIMESTAMP(6),
    "module" VARCHAR NOT NULL,
    "model" VARCHAR NOT NULL,
    "res_id" INTEGER,

    CONSTRAINT "ir_model_data_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_model_fields" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "complete_name" VARCHAR,
    "model" VARCHAR NOT NULL,
    "relation" VARCHAR,
    "relation_field" VARCHAR,
    "relation_field_id" INTEGER,
    "model_id" INTEGER NOT NULL,
    "field_description" VARCHAR NOT NULL,
    "help" TEXT,
    "ttype" VARCHAR NOT NULL,
    "selection" VARCHAR,
    "copied" BOOLEAN,
    "related" VARCHAR,
    "related_field_id" INTEGER,
    "required" BOOLEAN,
    "readonly" BOOLEAN,
    "index" BOOLEAN,
    "translate" BOOLEAN,
    "size" INTEGER,
    "state" VARCHAR NOT NULL,
    "on_delete" VARCHAR,
    "domain" VARCHAR,
    "selectable" BOOLEAN,
    "relation_table" VARCHAR,
    "column1" VARCHAR,
    "column2" VARCHAR,
    "compute" TEXT,
    "depends" VARCHAR,
    "store" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "track_visibility" VARCHAR,

    CONSTRAINT "ir_model_fields_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_model_fields_group_rel" (
    "field_id" INTEGER NOT NULL,
    "group_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "ir_model_relation" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "model" INTEGER NOT NULL,
    "module" INTEGER NOT NULL,
    "date_update" TIMESTAMP(6),
    "date_init" TIMESTAMP(6),
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_model_relation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_module_category" (
    "id" SERIAL NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "parent_id" INTEGER,
    "name" VARCHAR NOT NULL,
    "description" TEXT,
    "sequence" INTEGER,
    "visible" BOOLEAN,
    "exclusive" BOOLEAN,

    CONSTRAINT "ir_module_category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_module_module" (
    "id" SERIAL NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "website" VARCHAR,
    "summary" VARCHAR,
    "name" VARCHAR NOT NULL,
    "author" VARCHAR,
    "icon" VARCHAR,
    "state" VARCHAR(16),
    "latest_version" VARCHAR,
    "shortdesc" VARCHAR,
    "category_id" INTEGER,
    "description" TEXT,
    "application" BOOLEAN DEFAULT false,
    "demo" BOOLEAN DEFAULT false,
    "web" BOOLEAN DEFAULT false,
    "license" VARCHAR(32),
    "sequence" INTEGER DEFAULT 100,
    "auto_install" BOOLEAN DEFAULT false,
    "to_buy" BOOLEAN DEFAULT false,
    "maintainer" VARCHAR,
    "contributors" TEXT,
    "published_version" VARCHAR,
    "url" VARCHAR,
    "menus_by_module" TEXT,
    "reports_by_module" TEXT,
    "views_by_module" TEXT,

    CONSTRAINT "ir_module_module_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_module_module_dependency" (
    "id" SERIAL NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "name" VARCHAR,
    "module_id" INTEGER,

    CONSTRAINT "ir_module_module_dependency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_module_module_exclusion" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR,
    "module_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_module_module_exclusion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_property" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR,
    "res_id" VARCHAR,
    "company_id" INTEGER,
    "fields_id" INTEGER NOT NULL,
    "value_float" DOUBLE PRECISION,
    "value_integer" INTEGER,
    "value_text" TEXT,
    "value_binary" BYTEA,
    "value_reference" VARCHAR,
    "value_datetime" TIMESTAMP(6),
    "type" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_property_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_rule" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR,
    "active" BOOLEAN,
    "model_id" INTEGER NOT NULL,
    "domain_force" TEXT,
    "perm_read" BOOLEAN,
    "perm_write" BOOLEAN,
    "perm_create" BOOLEAN,
    "perm_unlink" BOOLEAN,
    "global" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_sequence" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "code" VARCHAR,
    "implementation" VARCHAR NOT NULL,
    "active" BOOLEAN,
    "prefix" VARCHAR,
    "suffix" VARCHAR,
    "number_next" INTEGER NOT NULL,
    "number_increment" INTEGER NOT NULL,
    "padding" INTEGER NOT NULL,
    "company_id" INTEGER,
    "use_date_range" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_sequence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_sequence_date_range" (
    "id" SERIAL NOT NULL,
    "date_from" DATE NOT NULL,
    "date_to" DATE NOT NULL,
    "sequence_id" INTEGER NOT NULL,
    "number_next" INTEGER NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_sequence_date_range_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_server_object_lines" (
    "id" SERIAL NOT NULL,
    "server_id" INTEGER,
    "col1" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "type" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_server_object_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_translation" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "res_id" INTEGER,
    "lang" VARCHAR,
    "type" VARCHAR,
    "src" TEXT,
    "value" TEXT,
    "module" VARCHAR,
    "state" VARCHAR,
    "comments" TEXT,

    CONSTRAINT "ir_translation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_ui_menu" (
    "id" SERIAL NOT NULL,
    "parent_path" VARCHAR,
    "name" VARCHAR NOT NULL,
    "active" BOOLEAN,
    "sequence" INTEGER,
    "parent_id" INTEGER,
    "web_icon" VARCHAR,
    "action" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_ui_menu_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_ui_menu_group_rel" (
    "menu_id" INTEGER NOT NULL,
    "gid" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "ir_ui_view" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "model" VARCHAR,
    "key" VARCHAR,
    "priority" INTEGER NOT NULL,
    "type" VARCHAR,
    "arch_db" TEXT,
    "arch_fs" VARCHAR,
    "inherit_id" INTEGER,
    "field_parent" VARCHAR,
    "mode" VARCHAR NOT NULL,
    "active" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "website_meta_title" VARCHAR,
    "website_meta_description" TEXT,
    "website_meta_keywords" VARCHAR,
    "website_meta_og_img" VARCHAR,
    "customize_show" BOOLEAN,
    "website_id" INTEGER,
    "theme_template_id" INTEGER,

    CONSTRAINT "ir_ui_view_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_ui_view_custom" (
    "id" SERIAL NOT NULL,
    "ref_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "arch" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "ir_ui_view_custom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ir_ui_view_group_rel" (
    "view_id" INTEGER NOT NULL,
    "group_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "mail_activity" (
    "id" SERIAL NOT NULL,
    "res_id" INTEGER NOT NULL,
    "res_model_id" INTEGER NOT NULL,
    "res_model" VARCHAR,
    "res_name" VARCHAR,
    "activity_type_id" INTEGER,
    "summary" VARCHAR,
    "note" TEXT,
    "feedback" TEXT,
    "date_deadline" DATE NOT NULL,
    "automated" BOOLEAN,
    "user_id" INTEGER NOT NULL,
    "create_user_id" INTEGER,
    "recommended_activity_type_id" INTEGER,
    "previous_activity_type_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "mail_activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_activity_rel" (
    "activity_id" INTEGER NOT NULL,
    "recommended_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "mail_activity_type" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "summary" VARCHAR,
    "sequence" INTEGER,
    "active" BOOLEAN,
    "delay_count" INTEGER,
    "delay_unit" VARCHAR NOT NULL,
    "delay_from" VARCHAR NOT NULL,
    "icon" VARCHAR,
    "decoration_type" VARCHAR,
    "res_model_id" INTEGER,
    "default_next_type_id" INTEGER,
    "force_next" BOOLEAN,
    "category" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "mail_activity_type_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_activity_type_mail_template_rel" (
    "mail_activity_type_id" INTEGER NOT NULL,
    "mail_template_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "mail_alias" (
    "id" SERIAL NOT NULL,
    "alias_name" VARCHAR,
    "alias_model_id" INTEGER NOT NULL,
    "alias_user_id" INTEGER,
    "alias_defaults" TEXT NOT NULL,
    "alias_force_thread_id" INTEGER,
    "alias_parent_model_id" INTEGER,
    "alias_parent_thread_id" INTEGER,
    "alias_contact" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "mail_alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_blacklist" (
    "id" SERIAL NOT NULL,
    "message_main_attachment_id" INTEGER,
    "email" VARCHAR NOT NULL,
    "active" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "mail_blacklist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_channel" (
    "id" SERIAL NOT NULL,
    "alias_id" INTEGER NOT NULL,
    "message_main_attachment_id" INTEGER,
    "name" VARCHAR NOT NULL,
    "channel_type" VARCHAR,
    "description" TEXT,
    "uuid" VARCHAR(50),
    "email_send" BOOLEAN,
    "public" VARCHAR NOT NULL,
    "group_public_id" INTEGER,
    "moderation" BOOLEAN,
    "moderation_notify" BOOLEAN,
    "moderation_notify_msg" TEXT,
    "moderation_guidelines" BOOLEAN,
    "moderation_guidelines_msg" TEXT,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "mail_channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_channel_mail_wizard_invite_rel" (
    "mail_wizard_invite_id" INTEGER NOT NULL,
    "mail_channel_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "mail_channel_moderator_rel" (
    "mail_channel_id" INTEGER NOT NULL,
    "res_users_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "mail_channel_partner" (
    "id" SERIAL NOT NULL,
    "partner_id" INTEGER,
    "channel_id" INTEGER,
    "seen_message_id" INTEGER,
    "fold_state" VARCHAR,
    "is_minimized" BOOLEAN,
    "is_pinned" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "mail_channel_partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_channel_res_groups_rel" (
    "mail_channel_id" INTEGER NOT NULL,
    "res_groups_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "mail_compose_message" (
    "id" SERIAL NOT NULL,
    "composition_mode" VARCHAR,
    "use_active_domain" BOOLEAN,
    "active_domain" TEXT,
    "is_log" BOOLEAN,
    "subject" VARCHAR,
    "notify" BOOLEAN,
    "auto_delete" BOOLEAN,
    "auto_delete_message" BOOLEAN,
    "template_id" INTEGER,
    "message_type" VARCHAR NOT NULL,
    "subtype_id" INTEGER,
    "date" TIMESTAMP(6),
    "body" TEXT,
    "parent_id" INTEGER,
    "model" VARCHAR,
    "res_id" INTEGER,
    "record_name" VARCHAR,
    "mail_activity_type_id" INTEGER,
    "email_from" VARCHAR,
    "author_id" INTEGER,
    "no_auto_thread" BOOLEAN,
    "message_id" VARCHAR,
    "reply_to" VARCHAR,
    "mail_server_id" INTEGER,
    "moderation_status" VARCHAR,
    "moderator_id" INTEGER,
    "layout" VARCHAR,
    "add_sign" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "website_published" BOOLEAN,

    CONSTRAINT "mail_compose_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_compose_message_ir_attachments_rel" (
    "wizard_id" INTEGER NOT NULL,
    "attachment_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "mail_compose_message_res_partner_rel" (
    "wizard_id" INTEGER NOT NULL,
    "partner_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "mail_followers" (
    "id" SERIAL NOT NULL,
    "res_model" VARCHAR NOT NULL,
    "res_id" INTEGER,
    "partner_id" INTEGER,
    "channel_id" INTEGER,

    CONSTRAINT "mail_followers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_followers_mail_message_subtype_rel" (
    "mail_followers_id" INTEGER NOT NULL,
    "mail_message_subtype_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "mail_mail" (
    "id" SERIAL NOT NULL,
    "mail_message_id" INTEGER NOT NULL,
    "body_html" TEXT,
    "references" TEXT,
    "headers" TEXT,
    "notification" BOOLEAN,
    "email_to" TEXT,
    "email_cc" VARCHAR,
    "state" VARCHAR,
    "auto_delete" BOOLEAN,
    "failure_reason" TEXT,
    "scheduled_date" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "fetchmail_server_id" INTEGER,

    CONSTRAINT "mail_mail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_mail_res_partner_rel" (
    "mail_mail_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "mail_message" (
    "id" SERIAL NOT NULL,
    "subject" VARCHAR,
    "date" TIMESTAMP(6),
    "body" TEXT,
    "parent_id" INTEGER,
    "model" VARCHAR,
    "res_id" INTEGER,
    "record_name" VARCHAR,
    "message_type" VARCHAR NOT NULL,
    "subtype_id" INTEGER,
    "mail_activity_type_id" INTEGER,
    "email_from" VARCHAR,
    "author_id" INTEGER,
    "no_auto_thread" BOOLEAN,
    "message_id" VARCHAR,
    "reply_to" VARCHAR,
    "mail_server_id" INTEGER,
    "moderation_status" VARCHAR,
    "moderator_id" INTEGER,
    "layout" VARCHAR,
    "add_sign" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "website_published" BOOLEAN,

    CONSTRAINT "mail_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_message_mail_channel_rel" (
    "mail_message_id" INTEGER NOT NULL,
    "mail_channel_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "mail_message_res_partner_needaction_rel" (
    "id" SERIAL NOT NULL,
    "mail_message_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL,
    "is_read" BOOLEAN,
    "is_email" BOOLEAN,
    "email_status" VARCHAR,
    "mail_id" INTEGER,
    "failure_type" VARCHAR,
    "failure_reason" TEXT,

    CONSTRAINT "mail_message_res_partner_needaction_rel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_message_res_partner_needaction_rel_mail_resend_message_rel" (
    "mail_resend_message_id" INTEGER NOT NULL,
    "mail_message_res_partner_needaction_rel_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "mail_message_res_partner_rel" (
    "mail_message_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "mail_message_res_partner_starred_rel" (
    "mail_message_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "mail_message_subtype" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "description" TEXT,
    "internal" BOOLEAN,
    "parent_id" INTEGER,
    "relation_field" VARCHAR,
    "res_model" VARCHAR,
    "default" BOOLEAN,
    "sequence" INTEGER,
    "hidden" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "mail_message_subtype_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_moderation" (
    "id" SERIAL NOT NULL,
    "email" VARCHAR NOT NULL,
    "status" VARCHAR NOT NULL,
    "channel_id" INTEGER NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "mail_moderation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_resend_cancel" (
    "id" SERIAL NOT NULL,
    "model" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "mail_resend_cancel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_resend_message" (
    "id" SERIAL NOT NULL,
    "mail_message_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "mail_resend_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_resend_partner" (
    "id" SERIAL NOT NULL,
    "partner_id" INTEGER NOT NULL,
    "resend" BOOLEAN,
    "resend_wizard_id" INTEGER,
    "message" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "mail_resend_partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_shortcode" (
    "id" SERIAL NOT NULL,
    "source" VARCHAR NOT NULL,
    "substitution" TEXT NOT NULL,
    "description" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "mail_shortcode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_template" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR,
    "model_id" INTEGER,
    "model" VARCHAR,
    "lang" VARCHAR,
    "user_signature" BOOLEAN,
    "subject" VARCHAR,
    "email_from" VARCHAR,
    "use_default_to" BOOLEAN,
    "email_to" VARCHAR,
    "partner_to" VARCHAR,
    "email_cc" VARCHAR,
    "reply_to" VARCHAR,
    "mail_server_id" INTEGER,
    "body_html" TEXT,
    "report_name" VARCHAR,
    "report_template" INTEGER,
    "ref_ir_act_window" INTEGER,
    "auto_delete" BOOLEAN,
    "model_object_field" INTEGER,
    "sub_object" INTEGER,
    "sub_model_object_field" INTEGER,
    "null_value" VARCHAR,
    "copyvalue" VARCHAR,
    "scheduled_date" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "mail_template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_tracking_value" (
    "id" SERIAL NOT NULL,
    "field" VARCHAR NOT NULL,
    "field_desc" VARCHAR NOT NULL,
    "field_type" VARCHAR,
    "old_value_integer" INTEGER,
    "old_value_float" DOUBLE PRECISION,
    "old_value_monetary" DOUBLE PRECISION,
    "old_value_char" VARCHAR,
    "old_value_text" TEXT,
    "old_value_datetime" TIMESTAMP(6),
    "new_value_integer" INTEGER,
    "new_value_float" DOUBLE PRECISION,
    "new_value_monetary" DOUBLE PRECISION,
    "new_value_char" VARCHAR,
    "new_value_text" TEXT,
    "new_value_datetime" TIMESTAMP(6),
    "mail_message_id" INTEGER NOT NULL,
    "track_sequence" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "mail_tracking_value_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_wizard_invite" (
    "id" SERIAL NOT NULL,
    "res_model" VARCHAR NOT NULL,
    "res_id" INTEGER,
    "message" TEXT,
    "send_mail" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "mail_wizard_invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_wizard_invite_res_partner_rel" (
    "mail_wizard_invite_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "message_attachment_rel" (
    "message_id" INTEGER NOT NULL,
    "attachment_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "portal_share" (
    "id" SERIAL NOT NULL,
    "res_model" VARCHAR NOT NULL,
    "res_id" INTEGER NOT NULL,
    "note" TEXT,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "portal_share_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "portal_share_res_partner_rel" (
    "portal_share_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "portal_wizard" (
    "id" SERIAL NOT NULL,
    "welcome_message" TEXT,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "portal_wizard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "portal_wizard_user" (
    "id" SERIAL NOT NULL,
    "wizard_id" INTEGER NOT NULL,
    "partner_id" INTEGER NOT NULL,
    "email" VARCHAR,
    "in_portal" BOOLEAN,
    "user_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "portal_wizard_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rel_modules_langexport" (
    "wiz_id" INTEGER NOT NULL,
    "module_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "rel_server_actions" (
    "server_id" INTEGER NOT NULL,
    "action_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "report_layout" (
    "id" SERIAL NOT NULL,
    "view_id" INTEGER NOT NULL,
    "image" VARCHAR,
    "pdf" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "report_layout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_paperformat" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "default" BOOLEAN,
    "format" VARCHAR,
    "margin_top" DOUBLE PRECISION,
    "margin_bottom" DOUBLE PRECISION,
    "margin_left" DOUBLE PRECISION,
    "margin_right" DOUBLE PRECISION,
    "page_height" INTEGER,
    "page_width" INTEGER,
    "orientation" VARCHAR,
    "header_line" BOOLEAN,
    "header_spacing" INTEGER,
    "dpi" INTEGER NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "report_paperformat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_bank" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "street" VARCHAR,
    "street2" VARCHAR,
    "zip" VARCHAR,
    "city" VARCHAR,
    "state" INTEGER,
    "country" INTEGER,
    "email" VARCHAR,
    "phone" VARCHAR,
    "active" BOOLEAN,
    "bic" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_bank_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_company" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "partner_id" INTEGER NOT NULL,
    "currency_id" INTEGER NOT NULL,
    "sequence" INTEGER,
    "create_date" TIMESTAMP(6),
    "parent_id" INTEGER,
    "report_header" TEXT,
    "report_footer" TEXT,
    "logo_web" BYTEA,
    "account_no" VARCHAR,
    "email" VARCHAR,
    "phone" VARCHAR,
    "company_registry" VARCHAR,
    "paperformat_id" INTEGER,
    "external_report_layout_id" INTEGER,
    "base_onboarding_company_state" VARCHAR,
    "create_uid" INTEGER,
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "social_twitter" VARCHAR,
    "social_facebook" VARCHAR,
    "social_github" VARCHAR,
    "social_linkedin" VARCHAR,
    "social_youtube" VARCHAR,
    "social_googleplus" VARCHAR,
    "social_instagram" VARCHAR,
    "partner_gid" INTEGER,
    "snailmail_color" BOOLEAN,
    "snailmail_duplex" BOOLEAN,

    CONSTRAINT "res_company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_company_users_rel" (
    "cid" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "res_config" (
    "id" SERIAL NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_config_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_config_installer" (
    "id" SERIAL NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_config_installer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_config_settings" (
    "id" SERIAL NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "group_multi_company" BOOLEAN,
    "company_id" INTEGER NOT NULL,
    "user_default_rights" BOOLEAN,
    "external_email_server_default" BOOLEAN,
    "module_base_import" BOOLEAN,
    "module_google_calendar" BOOLEAN,
    "module_google_drive" BOOLEAN,
    "module_google_spreadsheet" BOOLEAN,
    "module_auth_oauth" BOOLEAN,
    "module_auth_ldap" BOOLEAN,
    "module_base_gengo" BOOLEAN,
    "module_inter_company_rules" BOOLEAN,
    "module_pad" BOOLEAN,
    "module_voip" BOOLEAN,
    "module_web_unsplash" BOOLEAN,
    "module_partner_autocomplete" BOOLEAN,
    "company_share_partner" BOOLEAN,
    "group_multi_currency" BOOLEAN,
    "show_effect" BOOLEAN,
    "fail_counter" INTEGER,
    "alias_domain" VARCHAR,
    "unsplash_access_key" VARCHAR,
    "auth_signup_reset_password" BOOLEAN,
    "auth_signup_uninvited" VARCHAR,
    "auth_signup_template_user_id" INTEGER,
    "website_id" INTEGER,
    "module_website_version" BOOLEAN,
    "module_website_links" BOOLEAN,
    "group_multi_website" BOOLEAN,

    CONSTRAINT "res_config_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_country" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "code" VARCHAR(2),
    "address_format" TEXT,
    "address_view_id" INTEGER,
    "currency_id" INTEGER,
    "phone_code" INTEGER,
    "name_position" VARCHAR,
    "vat_label" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_country_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_country_group" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_country_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_country_res_country_group_rel" (
    "res_country_id" INTEGER NOT NULL,
    "res_country_group_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "res_country_state" (
    "id" SERIAL NOT NULL,
    "country_id" INTEGER NOT NULL,
    "name" VARCHAR NOT NULL,
    "code" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_country_state_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_currency" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "symbol" VARCHAR NOT NULL,
    "rounding" DECIMAL,
    "decimal_places" INTEGER,
    "active" BOOLEAN,
    "position" VARCHAR,
    "currency_unit_label" VARCHAR,
    "currency_subunit_label" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_currency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_currency_rate" (
    "id" SERIAL NOT NULL,
    "name" DATE NOT NULL,
    "rate" DECIMAL,
    "currency_id" INTEGER,
    "company_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_currency_rate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_groups" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "comment" TEXT,
    "category_id" INTEGER,
    "color" INTEGER,
    "share" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_groups_implied_rel" (
    "gid" INTEGER NOT NULL,
    "hid" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "res_groups_report_rel" (
    "uid" INTEGER NOT NULL,
    "gid" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "res_groups_users_rel" (
    "gid" INTEGER NOT NULL,
    "uid" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "res_lang" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "code" VARCHAR NOT NULL,
    "iso_code" VARCHAR,
    "translatable" BOOLEAN,
    "active" BOOLEAN,
    "direction" VARCHAR NOT NULL,
    "date_format" VARCHAR NOT NULL,
    "time_format" VARCHAR NOT NULL,
    "week_start" INTEGER NOT NULL,
    "grouping" VARCHAR NOT NULL,
    "decimal_point" VARCHAR NOT NULL,
    "thousands_sep" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_lang_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_partner" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR,
    "company_id" INTEGER,
    "create_date" TIMESTAMP(6),
    "display_name" VARCHAR,
    "date" DATE,
    "title" INTEGER,
    "parent_id" INTEGER,
    "ref" VARCHAR,
    "lang" VARCHAR,
    "tz" VARCHAR,
    "user_id" INTEGER,
    "vat" VARCHAR,
    "website" VARCHAR,
    "comment" TEXT,
    "credit_limit" DOUBLE PRECISION,
    "barcode" VARCHAR,
    "active" BOOLEAN,
    "customer" BOOLEAN,
    "supplier" BOOLEAN,
    "employee" BOOLEAN,
    "function" VARCHAR,
    "type" VARCHAR,
    "street" VARCHAR,
    "street2" VARCHAR,
    "zip" VARCHAR,
    "city" VARCHAR,
    "state_id" INTEGER,
    "country_id" INTEGER,
    "email" VARCHAR,
    "phone" VARCHAR,
    "mobile" VARCHAR,
    "is_company" BOOLEAN,
    "industry_id" INTEGER,
    "color" INTEGER,
    "partner_share" BOOLEAN,
    "commercial_partner_id" INTEGER,
    "commercial_company_name" VARCHAR,
    "company_name" VARCHAR,
    "create_uid" INTEGER,
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "message_main_attachment_id" INTEGER,
    "message_bounce" INTEGER,
    "signup_token" VARCHAR,
    "signup_type" VARCHAR,
    "signup_expiration" TIMESTAMP(6),
    "partner_gid" INTEGER,
    "additional_info" VARCHAR,
    "website_id" INTEGER,

    CONSTRAINT "res_partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_partner_autocomplete_sync" (
    "id" SERIAL NOT NULL,
    "partner_id" INTEGER,
    "synched" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_partner_autocomplete_sync_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_partner_bank" (
    "id" SERIAL NOT NULL,
    "acc_number" VARCHAR NOT NULL,
    "sanitized_acc_number" VARCHAR,
    "acc_holder_name" VARCHAR,
    "partner_id" INTEGER NOT NULL,
    "bank_id" INTEGER,
    "sequence" INTEGER,
    "currency_id" INTEGER,
    "company_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_partner_bank_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_partner_category" (
    "id" SERIAL NOT NULL,
    "parent_path" VARCHAR,
    "name" VARCHAR NOT NULL,
    "color" INTEGER,
    "parent_id" INTEGER,
    "active" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_partner_category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_partner_industry" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR,
    "full_name" VARCHAR,
    "active" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_partner_industry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_partner_res_partner_category_rel" (
    "category_id" INTEGER NOT NULL,
    "partner_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "res_partner_title" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "shortcut" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_partner_title_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_users" (
    "id" SERIAL NOT NULL,
    "active" BOOLEAN DEFAULT true,
    "login" VARCHAR NOT NULL,
    "password" VARCHAR,
    "company_id" INTEGER NOT NULL,
    "partner_id" INTEGER NOT NULL,
    "create_date" TIMESTAMP(6),
    "signature" TEXT,
    "action_id" INTEGER,
    "share" BOOLEAN,
    "create_uid" INTEGER,
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "alias_id" INTEGER,
    "notification_type" VARCHAR NOT NULL,
    "odoobot_state" VARCHAR NOT NULL,
    "website_id" INTEGER,

    CONSTRAINT "res_users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "res_users_log" (
    "id" SERIAL NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "res_users_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rule_group_rel" (
    "rule_group_id" INTEGER NOT NULL,
    "group_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "sms_send_sms" (
    "id" SERIAL NOT NULL,
    "recipients" VARCHAR NOT NULL,
    "message" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "sms_send_sms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "snailmail_letter" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER,
    "model" VARCHAR NOT NULL,
    "res_id" INTEGER NOT NULL,
    "partner_id" INTEGER NOT NULL,
    "company_id" INTEGER NOT NULL,
    "report_template" INTEGER,
    "attachment_id" INTEGER,
    "color" BOOLEAN,
    "duplex" BOOLEAN,
    "state" VARCHAR,
    "info_msg" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "snailmail_letter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "theme_ir_attachment" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "key" VARCHAR NOT NULL,
    "url" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "theme_ir_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "theme_ir_ui_view" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "key" VARCHAR,
    "type" VARCHAR,
    "priority" INTEGER NOT NULL,
    "mode" VARCHAR,
    "active" BOOLEAN,
    "arch" TEXT,
    "arch_fs" VARCHAR,
    "inherit_id" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "theme_ir_ui_view_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "theme_website_menu" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "url" VARCHAR,
    "page_id" INTEGER,
    "new_window" BOOLEAN,
    "sequence" INTEGER,
    "parent_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "theme_website_menu_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "theme_website_page" (
    "id" SERIAL NOT NULL,
    "url" VARCHAR,
    "view_id" INTEGER NOT NULL,
    "website_indexed" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "theme_website_page_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "web_editor_converter_test" (
    "id" SERIAL NOT NULL,
    "char" VARCHAR,
    "integer" INTEGER,
    "float" DOUBLE PRECISION,
    "numeric" DECIMAL,
    "many2one" INTEGER,
    "binary" BYTEA,
    "date" DATE,
    "datetime" TIMESTAMP(6),
    "selection" INTEGER,
    "selection_str" VARCHAR,
    "html" TEXT,
    "text" TEXT,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "web_editor_converter_test_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "web_editor_converter_test_sub" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "web_editor_converter_test_sub_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "web_tour_tour" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "user_id" INTEGER,

    CONSTRAINT "web_tour_tour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "website" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR NOT NULL,
    "domain" VARCHAR,
    "company_id" INTEGER NOT NULL,
    "default_lang_id" INTEGER NOT NULL,
    "default_lang_code" VARCHAR,
    "auto_redirect_lang" BOOLEAN,
    "social_twitter" VARCHAR,
    "social_facebook" VARCHAR,
    "social_github" VARCHAR,
    "social_linkedin" VARCHAR,
    "social_youtube" VARCHAR,
    "social_googleplus" VARCHAR,
    "social_instagram" VARCHAR,
    "google_analytics_key" VARCHAR,
    "google_management_client_id" VARCHAR,
    "google_management_client_secret" VARCHAR,
    "google_maps_api_key" VARCHAR,
    "user_id" INTEGER NOT NULL,
    "cdn_activated" BOOLEAN,
    "cdn_url" VARCHAR,
    "cdn_filters" TEXT,
    "homepage_id" INTEGER,
    "favicon" BYTEA,
    "theme_id" INTEGER,
    "specific_user_account" BOOLEAN,
    "auth_signup_uninvited" VARCHAR,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "website_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "website_country_group_rel" (
    "website_id" INTEGER NOT NULL,
    "country_group_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "website_lang_rel" (
    "website_id" INTEGER NOT NULL,
    "lang_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "website_menu" (
    "id" SERIAL NOT NULL,
    "parent_path" VARCHAR,
    "name" VARCHAR NOT NULL,
    "url" VARCHAR,
    "page_id" INTEGER,
    "new_window" BOOLEAN,
    "sequence" INTEGER,
    "website_id" INTEGER,
    "parent_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "theme_template_id" INTEGER,

    CONSTRAINT "website_menu_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "website_page" (
    "id" SERIAL NOT NULL,
    "is_published" BOOLEAN,
    "url" VARCHAR,
    "view_id" INTEGER NOT NULL,
    "website_indexed" BOOLEAN,
    "date_publish" TIMESTAMP(6),
    "header_overlay" BOOLEAN,
    "header_color" VARCHAR,
    "website_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),
    "theme_template_id" INTEGER,

    CONSTRAINT "website_page_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "website_redirect" (
    "id" SERIAL NOT NULL,
    "type" VARCHAR NOT NULL,
    "url_from" VARCHAR NOT NULL,
    "url_to" VARCHAR NOT NULL,
    "website_id" INTEGER,
    "active" BOOLEAN,
    "sequence" INTEGER,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "website_redirect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "wizard_ir_model_menu_create" (
    "id" SERIAL NOT NULL,
    "menu_id" INTEGER NOT NULL,
    "name" VARCHAR NOT NULL,
    "create_uid" INTEGER,
    "create_date" TIMESTAMP(6),
    "write_uid" INTEGER,
    "write_date" TIMESTAMP(6),

    CONSTRAINT "wizard_ir_model_menu_create_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "base_import_mapping_res_model_index" ON "base_import_mapping"("res_model");

-- CreateIndex
CREATE INDEX "base_language_install_website_rel_base_language_install_id_idx" ON "base_language_install_website_rel"("base_language_install_id");

-- CreateIndex
CREATE INDEX "base_language_install_website_rel_website_id_idx" ON "base_language_install_website_rel"("website_id");

-- CreateIndex
CREATE UNIQUE INDEX "base_language_install_website_base_language_install_id_webs_key" ON "base_language_install_website_rel"("base_language_install_id", "website_id");

-- CreateIndex
CREATE INDEX "base_partner_merge_automatic__base_partner_merge_automatic__idx" ON "base_partner_merge_automatic_wizard_res_partner_rel"("base_partner_merge_automatic_wizard_id");

-- CreateIndex
CREATE INDEX "base_partner_merge_automatic_wizard_res_part_res_partner_id_idx" ON "base_partner_merge_automatic_wizard_res_partner_rel"("res_partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "base_partner_merge_automatic__base_partner_merge_automatic__key" ON "base_partner_merge_automatic_wizard_res_partner_rel"("base_partner_merge_automatic_wizard_id", "res_partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "bus_presence_bus_user_presence_unique" ON "bus_presence"("user_id");

-- CreateIndex
CREATE INDEX "bus_presence_user_id_index" ON "bus_presence"("user_id");

-- CreateIndex
CREATE INDEX "email_template_attachment_rel_attachment_id_idx" ON "email_template_attachment_rel"("attachment_id");

-- CreateIndex
CREATE INDEX "email_template_attachment_rel_email_template_id_idx" ON "email_template_attachment_rel"("email_template_id");

-- CreateIndex
CREATE UNIQUE INDEX "email_template_attachment_rel_email_template_id_attachment__key" ON "email_template_attachment_rel"("email_template_id", "attachment_id");

-- CreateIndex
CREATE INDEX "email_template_preview_model_index" ON "email_template_preview"("model");

-- CreateIndex
CREATE INDEX "email_template_preview_res_partne_email_template_preview_id_idx" ON "email_template_preview_res_partner_rel"("email_template_preview_id");

-- CreateIndex
CREATE INDEX "email_template_preview_res_partner_rel_res_partner_id_idx" ON "email_template_preview_res_partner_rel"("res_partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "email_template_preview_res_pa_email_template_preview_id_res_key" ON "email_template_preview_res_partner_rel"("email_template_preview_id", "res_partner_id");

-- CreateIndex
CREATE INDEX "fetchmail_server_state_index" ON "fetchmail_server"("state");

-- CreateIndex
CREATE INDEX "fetchmail_server_type_index" ON "fetchmail_server"("type");

-- CreateIndex
CREATE INDEX "ir_act_server_mail_channel_rel_ir_act_server_id_idx" ON "ir_act_server_mail_channel_rel"("ir_act_server_id");

-- CreateIndex
CREATE INDEX "ir_act_server_mail_channel_rel_mail_channel_id_idx" ON "ir_act_server_mail_channel_rel"("mail_channel_id");

-- CreateIndex
CREATE UNIQUE INDEX "ir_act_server_mail_channel_re_ir_act_server_id_mail_channel_key" ON "ir_act_server_mail_channel_rel"("ir_act_server_id", "mail_channel_id");

-- CreateIndex
CREATE INDEX "ir_act_server_res_partner_rel_ir_act_server_id_idx" ON "ir_act_server_res_partner_rel"("ir_act_server_id");

-- CreateIndex
CREATE INDEX "ir_act_server_res_partner_rel_res_partner_id_idx" ON "ir_act_server_res_partner_rel"("res_partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "ir_act_server_res_partner_rel_ir_act_server_id_res_partner__key" ON "ir_act_server_res_partner_rel"("ir_act_server_id", "res_partner_id");

-- CreateIndex
CREATE INDEX "ir_act_window_group_rel_act_id_idx" ON "ir_act_window_group_rel"("act_id");

-- CreateIndex
CREATE INDEX "ir_act_window_group_rel_gid_idx" ON "ir_act_window_group_rel"("gid");

-- CreateIndex
CREATE UNIQUE INDEX "ir_act_window_group_rel_act_id_gid_key" ON "ir_act_window_group_rel"("act_id", "gid");

-- CreateIndex
CREATE UNIQUE INDEX "act_window_view_unique_mode_per_action" ON "ir_act_window_view"("act_window_id", "view_mode");

-- CreateIndex
CREATE INDEX "ir_actions_todo_action_id_index" ON "ir_actions_todo"("action_id");

-- CreateIndex
CREATE INDEX "ir_attachment_checksum_index" ON "ir_attachment"("checksum");

-- CreateIndex
CREATE INDEX "ir_attachment_res_idx" ON "ir_attachment"("res_model", "res_id");

-- CreateIndex
CREATE INDEX "ir_attachment_res_model_name_index" ON "ir_attachment"("res_model_name");

-- CreateIndex
CREATE INDEX "ir_attachment_url_index" ON "ir_attachment"("url");

-- CreateIndex
CREATE UNIQUE INDEX "ir_config_parameter_key_uniq" ON "ir_config_parameter"("key");

-- CreateIndex
CREATE INDEX "ir_config_parameter_key_index" ON "ir_config_parameter"("key");

-- CreateIndex
CREATE INDEX "ir_default_company_id_index" ON "ir_default"("company_id");

-- CreateIndex
CREATE INDEX "ir_default_field_id_index" ON "ir_default"("field_id");

-- CreateIndex
CREATE INDEX "ir_default_user_id_index" ON "ir_default"("user_id");

-- CreateIndex
CREATE INDEX "ir_exports_resource_index" ON "ir_exports"("resource");

-- CreateIndex
CREATE INDEX "ir_exports_line_export_id_index" ON "ir_exports_line"("export_id");

-- CreateIndex
CREATE UNIQUE INDEX "ir_filters_name_model_uid_unique" ON "ir_filters"("name", "model_id", "user_id", "action_id");

-- CreateIndex
CREATE INDEX "ir_logging_dbname_index" ON "ir_logging"("dbname");

-- CreateIndex
CREATE INDEX "ir_logging_level_index" ON "ir_logging"("level");

-- CreateIndex
CREATE INDEX "ir_logging_type_index" ON "ir_logging"("type");

-- CreateIndex
CREATE INDEX "ir_mail_server_name_index" ON "ir_mail_server"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ir_model_obj_name_uniq" ON "ir_model"("model");

-- CreateIndex
CREATE INDEX "ir_model_model_index" ON "ir_model"("model");

-- CreateIndex
CREATE INDEX "ir_model_access_group_id_index" ON "ir_model_access"("group_id");

-- CreateIndex
CREATE INDEX "ir_model_access_model_id_index" ON "ir_model_access"("model_id");

-- CreateIndex
CREATE INDEX "ir_model_access_name_index" ON "ir_model_access"("name");

-- CreateIndex
CREATE INDEX "ir_model_constraint_model_index" ON "ir_model_constraint"("model");

-- CreateIndex
CREATE INDEX "ir_model_constraint_module_index" ON "ir_model_constraint"("module");

-- CreateIndex
CREATE INDEX "ir_model_constraint_name_index" ON "ir_model_constraint"("name");

-- CreateIndex
CREATE INDEX "ir_model_constraint_type_index" ON "ir_model_constraint"("type");

-- CreateIndex
CREATE UNIQUE INDEX "ir_model_constraint_module_name_uniq" ON "ir_model_constraint"("name", "module");

-- CreateIndex
CREATE INDEX "ir_model_data_model_res_id_index" ON "ir_model_data"("model", "res_id");

-- CreateIndex
CREATE UNIQUE INDEX "ir_model_data_module_name_uniq_index" ON "ir_model_data"("module", "name");

-- CreateIndex
CREATE INDEX "ir_model_fields_complete_name_index" ON "ir_model_fields"("complete_name");

-- CreateIndex
CREATE INDEX "ir_model_fields_model_id_index" ON "ir_model_fields"("model_id");

-- CreateIndex
CREATE INDEX "ir_model_fields_model_index" ON "ir_model_fields"("model");

-- CreateIndex
CREATE INDEX "ir_model_fields_name_index" ON "ir_model_fields"("name");

-- CreateIndex
CREATE INDEX "ir_model_fields_state_index" ON "ir_model_fields"("state");

-- CreateIndex
CREATE UNIQUE INDEX "ir_model_fields_name_unique" ON "ir_model_fields"("model", "name");

-- CreateIndex
CREATE INDEX "ir_model_fields_group_rel_field_id_idx" ON "ir_model_fields_group_rel"("field_id");

-- CreateIndex
CREATE INDEX "ir_model_fields_group_rel_group_id_idx" ON "ir_model_fields_group_rel"("group_id");

-- CreateIndex
CREATE UNIQUE INDEX "ir_model_fields_group_rel_field_id_group_id_key" ON "ir_model_fields_group_rel"("field_id", "group_id");

-- CreateIndex
CREATE INDEX "ir_model_relation_model_index" ON "ir_model_relation"("model");

-- CreateIndex
CREATE INDEX "ir_model_relation_module_index" ON "ir_model_relation"("module");

-- CreateIndex
CREATE INDEX "ir_model_relation_name_index" ON "ir_model_relation"("name");

-- CreateIndex
CREATE INDEX "ir_module_category_name_index" ON "ir_module_category"("name");

-- CreateIndex
CREATE INDEX "ir_module_category_parent_id_index" ON "ir_module_category"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "ir_module_module_name_uniq" ON "ir_module_module"("name");

-- CreateIndex
CREATE INDEX "ir_module_module_category_id_index" ON "ir_module_module"("category_id");

-- CreateIndex
CREATE INDEX "ir_module_module_name_index" ON "ir_module_module"("name");

-- CreateIndex
CREATE INDEX "ir_module_module_state_index" ON "ir_module_module"("state");

-- CreateIndex
CREATE INDEX "ir_module_module_dependency_name_index" ON "ir_module_module_dependency"("name");

-- CreateIndex
CREATE INDEX "ir_module_module_exclusion_name_index" ON "ir_module_module_exclusion"("name");

-- CreateIndex
CREATE INDEX "ir_property_company_id_index" ON "ir_property"("company_id");

-- CreateIndex
CREATE INDEX "ir_property_fields_id_index" ON "ir_property"("fields_id");

-- CreateIndex
CREATE INDEX "ir_property_name_index" ON "ir_property"("name");

-- CreateIndex
CREATE INDEX "ir_property_res_id_index" ON "ir_property"("res_id");

-- CreateIndex
CREATE INDEX "ir_property_type_index" ON "ir_property"("type");

-- CreateIndex
CREATE INDEX "ir_rule_model_id_index" ON "ir_rule"("model_id");

-- CreateIndex
CREATE INDEX "ir_rule_name_index" ON "ir_rule"("name");

-- CreateIndex
CREATE INDEX "ir_translation_comments_index" ON "ir_translation"("comments");

-- CreateIndex
CREATE INDEX "ir_translation_module_index" ON "ir_translation"("module");

-- CreateIndex
CREATE INDEX "ir_translation_res_id_index" ON "ir_translation"("res_id");

-- CreateIndex
CREATE INDEX "ir_translation_type_index" ON "ir_translation"("type");

-- CreateIndex
CREATE INDEX "ir_ui_menu_parent_id_index" ON "ir_ui_menu"("parent_id");

-- CreateIndex
CREATE INDEX "ir_ui_menu_parent_path_index" ON "ir_ui_menu"("parent_path");

-- CreateIndex
CREATE INDEX "ir_ui_menu_group_rel_gid_idx" ON "ir_ui_menu_group_rel"("gid");

-- CreateIndex
CREATE INDEX "ir_ui_menu_group_rel_menu_id_idx" ON "ir_ui_menu_group_rel"("menu_id");

-- CreateIndex
CREATE UNIQUE INDEX "ir_ui_menu_group_rel_menu_id_gid_key" ON "ir_ui_menu_group_rel"("menu_id", "gid");

-- CreateIndex
CREATE INDEX "ir_ui_view_inherit_id_index" ON "ir_ui_view"("inherit_id");

-- CreateIndex
CREATE INDEX "ir_ui_view_model_index" ON "ir_ui_view"("model");

-- CreateIndex
CREATE INDEX "ir_ui_view_model_type_inherit_id" ON "ir_ui_view"("model", "inherit_id");

-- CreateIndex
CREATE INDEX "ir_ui_view_custom_ref_id_index" ON "ir_ui_view_custom"("ref_id");

-- CreateIndex
CREATE INDEX "ir_ui_view_custom_user_id_index" ON "ir_ui_view_custom"("user_id");

-- CreateIndex
CREATE INDEX "ir_ui_view_custom_user_id_ref_id" ON "ir_ui_view_custom"("user_id", "ref_id");

-- CreateIndex
CREATE INDEX "ir_ui_view_group_rel_group_id_idx" ON "ir_ui_view_group_rel"("group_id");

-- CreateIndex
CREATE INDEX "ir_ui_view_group_rel_view_id_idx" ON "ir_ui_view_group_rel"("view_id");

-- CreateIndex
CREATE UNIQUE INDEX "ir_ui_view_group_rel_view_id_group_id_key" ON "ir_ui_view_group_rel"("view_id", "group_id");

-- CreateIndex
CREATE INDEX "mail_activity_create_user_id_index" ON "mail_activity"("create_user_id");

-- CreateIndex
CREATE INDEX "mail_activity_date_deadline_index" ON "mail_activity"("date_deadline");

-- CreateIndex
CREATE INDEX "mail_activity_res_id_index" ON "mail_activity"("res_id");

-- CreateIndex
CREATE INDEX "mail_activity_res_model_id_index" ON "mail_activity"("res_model_id");

-- CreateIndex
CREATE INDEX "mail_activity_res_model_index" ON "mail_activity"("res_model");

-- CreateIndex
CREATE INDEX "mail_activity_user_id_index" ON "mail_activity"("user_id");

-- CreateIndex
CREATE INDEX "mail_activity_rel_activity_id_idx" ON "mail_activity_rel"("activity_id");

-- CreateIndex
CREATE INDEX "mail_activity_rel_recommended_id_idx" ON "mail_activity_rel"("recommended_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_activity_rel_activity_id_recommended_id_key" ON "mail_activity_rel"("activity_id", "recommended_id");

-- CreateIndex
CREATE INDEX "mail_activity_type_res_model_id_index" ON "mail_activity_type"("res_model_id");

-- CreateIndex
CREATE INDEX "mail_activity_type_mail_template_rel_mail_activity_type_id_idx" ON "mail_activity_type_mail_template_rel"("mail_activity_type_id");

-- CreateIndex
CREATE INDEX "mail_activity_type_mail_template_rel_mail_template_id_idx" ON "mail_activity_type_mail_template_rel"("mail_template_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_activity_type_mail_templ_mail_activity_type_id_mail_te_key" ON "mail_activity_type_mail_template_rel"("mail_activity_type_id", "mail_template_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_alias_alias_unique" ON "mail_alias"("alias_name");

-- CreateIndex
CREATE UNIQUE INDEX "mail_blacklist_unique_email" ON "mail_blacklist"("email");

-- CreateIndex
CREATE INDEX "mail_blacklist_email_index" ON "mail_blacklist"("email");

-- CreateIndex
CREATE INDEX "mail_blacklist_message_main_attachment_id_index" ON "mail_blacklist"("message_main_attachment_id");

-- CreateIndex
CREATE INDEX "mail_channel_message_main_attachment_id_index" ON "mail_channel"("message_main_attachment_id");

-- CreateIndex
CREATE INDEX "mail_channel_uuid_index" ON "mail_channel"("uuid");

-- CreateIndex
CREATE INDEX "mail_channel_mail_wizard_invite_rel_mail_channel_id_idx" ON "mail_channel_mail_wizard_invite_rel"("mail_channel_id");

-- CreateIndex
CREATE INDEX "mail_channel_mail_wizard_invite_rel_mail_wizard_invite_id_idx" ON "mail_channel_mail_wizard_invite_rel"("mail_wizard_invite_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_channel_mail_wizard_invi_mail_wizard_invite_id_mail_ch_key" ON "mail_channel_mail_wizard_invite_rel"("mail_wizard_invite_id", "mail_channel_id");

-- CreateIndex
CREATE INDEX "mail_channel_moderator_rel_mail_channel_id_idx" ON "mail_channel_moderator_rel"("mail_channel_id");

-- CreateIndex
CREATE INDEX "mail_channel_moderator_rel_res_users_id_idx" ON "mail_channel_moderator_rel"("res_users_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_channel_moderator_rel_mail_channel_id_res_users_id_key" ON "mail_channel_moderator_rel"("mail_channel_id", "res_users_id");

-- CreateIndex
CREATE INDEX "mail_channel_partner_seen_message_id_idx" ON "mail_channel_partner"("channel_id", "partner_id", "seen_message_id");

-- CreateIndex
CREATE INDEX "mail_channel_res_groups_rel_mail_channel_id_idx" ON "mail_channel_res_groups_rel"("mail_channel_id");

-- CreateIndex
CREATE INDEX "mail_channel_res_groups_rel_res_groups_id_idx" ON "mail_channel_res_groups_rel"("res_groups_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_channel_res_groups_rel_mail_channel_id_res_groups_id_key" ON "mail_channel_res_groups_rel"("mail_channel_id", "res_groups_id");

-- CreateIndex
CREATE INDEX "mail_compose_message_author_id_index" ON "mail_compose_message"("author_id");

-- CreateIndex
CREATE INDEX "mail_compose_message_mail_activity_type_id_index" ON "mail_compose_message"("mail_activity_type_id");

-- CreateIndex
CREATE INDEX "mail_compose_message_message_id_index" ON "mail_compose_message"("message_id");

-- CreateIndex
CREATE INDEX "mail_compose_message_model_index" ON "mail_compose_message"("model");

-- CreateIndex
CREATE INDEX "mail_compose_message_moderation_status_index" ON "mail_compose_message"("moderation_status");

-- CreateIndex
CREATE INDEX "mail_compose_message_moderator_id_index" ON "mail_compose_message"("moderator_id");

-- CreateIndex
CREATE INDEX "mail_compose_message_parent_id_index" ON "mail_compose_message"("parent_id");

-- CreateIndex
CREATE INDEX "mail_compose_message_res_id_index" ON "mail_compose_message"("res_id");

-- CreateIndex
CREATE INDEX "mail_compose_message_subtype_id_index" ON "mail_compose_message"("subtype_id");

-- CreateIndex
CREATE INDEX "mail_compose_message_template_id_index" ON "mail_compose_message"("template_id");

-- CreateIndex
CREATE INDEX "mail_compose_message_ir_attachments_rel_attachment_id_idx" ON "mail_compose_message_ir_attachments_rel"("attachment_id");

-- CreateIndex
CREATE INDEX "mail_compose_message_ir_attachments_rel_wizard_id_idx" ON "mail_compose_message_ir_attachments_rel"("wizard_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_compose_message_ir_attachments_wizard_id_attachment_id_key" ON "mail_compose_message_ir_attachments_rel"("wizard_id", "attachment_id");

-- CreateIndex
CREATE INDEX "mail_compose_message_res_partner_rel_partner_id_idx" ON "mail_compose_message_res_partner_rel"("partner_id");

-- CreateIndex
CREATE INDEX "mail_compose_message_res_partner_rel_wizard_id_idx" ON "mail_compose_message_res_partner_rel"("wizard_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_compose_message_res_partner_rel_wizard_id_partner_id_key" ON "mail_compose_message_res_partner_rel"("wizard_id", "partner_id");

-- CreateIndex
CREATE INDEX "mail_followers_channel_id_index" ON "mail_followers"("channel_id");

-- CreateIndex
CREATE INDEX "mail_followers_partner_id_index" ON "mail_followers"("partner_id");

-- CreateIndex
CREATE INDEX "mail_followers_res_id_index" ON "mail_followers"("res_id");

-- CreateIndex
CREATE INDEX "mail_followers_res_model_index" ON "mail_followers"("res_model");

-- CreateIndex
CREATE UNIQUE INDEX "mail_followers_mail_followers_res_channel_res_model_id_uniq" ON "mail_followers"("res_model", "res_id", "channel_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_followers_mail_followers_res_partner_res_model_id_uniq" ON "mail_followers"("res_model", "res_id", "partner_id");

-- CreateIndex
CREATE INDEX "mail_followers_mail_message_subtype_mail_message_subtype_id_idx" ON "mail_followers_mail_message_subtype_rel"("mail_message_subtype_id");

-- CreateIndex
CREATE INDEX "mail_followers_mail_message_subtype_rel_mail_followers_id_idx" ON "mail_followers_mail_message_subtype_rel"("mail_followers_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_followers_mail_message_s_mail_followers_id_mail_messag_key" ON "mail_followers_mail_message_subtype_rel"("mail_followers_id", "mail_message_subtype_id");

-- CreateIndex
CREATE INDEX "mail_mail_fetchmail_server_id_index" ON "mail_mail"("fetchmail_server_id");

-- CreateIndex
CREATE INDEX "mail_mail_mail_message_id_index" ON "mail_mail"("mail_message_id");

-- CreateIndex
CREATE INDEX "mail_mail_res_partner_rel_mail_mail_id_idx" ON "mail_mail_res_partner_rel"("mail_mail_id");

-- CreateIndex
CREATE INDEX "mail_mail_res_partner_rel_res_partner_id_idx" ON "mail_mail_res_partner_rel"("res_partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_mail_res_partner_rel_mail_mail_id_res_partner_id_key" ON "mail_mail_res_partner_rel"("mail_mail_id", "res_partner_id");

-- CreateIndex
CREATE INDEX "mail_message_author_id_index" ON "mail_message"("author_id");

-- CreateIndex
CREATE INDEX "mail_message_mail_activity_type_id_index" ON "mail_message"("mail_activity_type_id");

-- CreateIndex
CREATE INDEX "mail_message_message_id_index" ON "mail_message"("message_id");

-- CreateIndex
CREATE INDEX "mail_message_model_index" ON "mail_message"("model");

-- CreateIndex
CREATE INDEX "mail_message_model_res_id_idx" ON "mail_message"("model", "res_id");

-- CreateIndex
CREATE INDEX "mail_message_moderation_status_index" ON "mail_message"("moderation_status");

-- CreateIndex
CREATE INDEX "mail_message_moderator_id_index" ON "mail_message"("moderator_id");

-- CreateIndex
CREATE INDEX "mail_message_parent_id_index" ON "mail_message"("parent_id");

-- CreateIndex
CREATE INDEX "mail_message_res_id_index" ON "mail_message"("res_id");

-- CreateIndex
CREATE INDEX "mail_message_subtype_id_index" ON "mail_message"("subtype_id");

-- CreateIndex
CREATE INDEX "mail_message_mail_channel_rel_mail_channel_id_idx" ON "mail_message_mail_channel_rel"("mail_channel_id");

-- CreateIndex
CREATE INDEX "mail_message_mail_channel_rel_mail_message_id_idx" ON "mail_message_mail_channel_rel"("mail_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_message_mail_channel_rel_mail_message_id_mail_channel__key" ON "mail_message_mail_channel_rel"("mail_message_id", "mail_channel_id");

-- CreateIndex
CREATE INDEX "mail_message_res_partner_needaction_rel_email_status_index" ON "mail_message_res_partner_needaction_rel"("email_status");

-- CreateIndex
CREATE INDEX "mail_message_res_partner_needaction_rel_is_email_index" ON "mail_message_res_partner_needaction_rel"("is_email");

-- CreateIndex
CREATE INDEX "mail_message_res_partner_needaction_rel_is_read_index" ON "mail_message_res_partner_needaction_rel"("is_read");

-- CreateIndex
CREATE INDEX "mail_message_res_partner_needaction_rel_mail_id_index" ON "mail_message_res_partner_needaction_rel"("mail_id");

-- CreateIndex
CREATE INDEX "mail_message_res_partner_needaction_rel_mail_message_id_index" ON "mail_message_res_partner_needaction_rel"("mail_message_id");

-- CreateIndex
CREATE INDEX "mail_message_res_partner_needaction_rel_res_partner_id_index" ON "mail_message_res_partner_needaction_rel"("res_partner_id");

-- CreateIndex
CREATE INDEX "mail_notification_res_partner_id_is_read_email_status_mail_mess" ON "mail_message_res_partner_needaction_rel"("res_partner_id", "is_read", "email_status", "mail_message_id");

-- CreateIndex
CREATE INDEX "mail_message_res_partner_need_mail_message_res_partner_need_idx" ON "mail_message_res_partner_needaction_rel_mail_resend_message_rel"("mail_message_res_partner_needaction_rel_id");

-- CreateIndex
CREATE INDEX "mail_message_res_partner_needaction__mail_resend_message_id_idx" ON "mail_message_res_partner_needaction_rel_mail_resend_message_rel"("mail_resend_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_message_res_partner_need_mail_resend_message_id_mail_m_key" ON "mail_message_res_partner_needaction_rel_mail_resend_message_rel"("mail_resend_message_id", "mail_message_res_partner_needaction_rel_id");

-- CreateIndex
CREATE INDEX "mail_message_res_partner_rel_mail_message_id_idx" ON "mail_message_res_partner_rel"("mail_message_id");

-- CreateIndex
CREATE INDEX "mail_message_res_partner_rel_res_partner_id_idx" ON "mail_message_res_partner_rel"("res_partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_message_res_partner_rel_mail_message_id_res_partner_id_key" ON "mail_message_res_partner_rel"("mail_message_id", "res_partner_id");

-- CreateIndex
CREATE INDEX "mail_message_res_partner_starred_rel_mail_message_id_idx" ON "mail_message_res_partner_starred_rel"("mail_message_id");

-- CreateIndex
CREATE INDEX "mail_message_res_partner_starred_rel_res_partner_id_idx" ON "mail_message_res_partner_starred_rel"("res_partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_message_res_partner_star_mail_message_id_res_partner_i_key" ON "mail_message_res_partner_starred_rel"("mail_message_id", "res_partner_id");

-- CreateIndex
CREATE INDEX "mail_moderation_channel_id_index" ON "mail_moderation"("channel_id");

-- CreateIndex
CREATE INDEX "mail_moderation_email_index" ON "mail_moderation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "mail_moderation_channel_email_uniq" ON "mail_moderation"("email", "channel_id");

-- CreateIndex
CREATE INDEX "mail_shortcode_source_index" ON "mail_shortcode"("source");

-- CreateIndex
CREATE INDEX "mail_shortcode_substitution_index" ON "mail_shortcode"("substitution");

-- CreateIndex
CREATE INDEX "mail_template_model_index" ON "mail_template"("model");

-- CreateIndex
CREATE INDEX "mail_tracking_value_mail_message_id_index" ON "mail_tracking_value"("mail_message_id");

-- CreateIndex
CREATE INDEX "mail_wizard_invite_res_id_index" ON "mail_wizard_invite"("res_id");

-- CreateIndex
CREATE INDEX "mail_wizard_invite_res_model_index" ON "mail_wizard_invite"("res_model");

-- CreateIndex
CREATE INDEX "mail_wizard_invite_res_partner_rel_mail_wizard_invite_id_idx" ON "mail_wizard_invite_res_partner_rel"("mail_wizard_invite_id");

-- CreateIndex
CREATE INDEX "mail_wizard_invite_res_partner_rel_res_partner_id_idx" ON "mail_wizard_invite_res_partner_rel"("res_partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_wizard_invite_res_partne_mail_wizard_invite_id_res_par_key" ON "mail_wizard_invite_res_partner_rel"("mail_wizard_invite_id", "res_partner_id");

-- CreateIndex
CREATE INDEX "message_attachment_rel_attachment_id_idx" ON "message_attachment_rel"("attachment_id");

-- CreateIndex
CREATE INDEX "message_attachment_rel_message_id_idx" ON "message_attachment_rel"("message_id");

-- CreateIndex
CREATE UNIQUE INDEX "message_attachment_rel_message_id_attachment_id_key" ON "message_attachment_rel"("message_id", "attachment_id");

-- CreateIndex
CREATE INDEX "portal_share_res_partner_rel_portal_share_id_idx" ON "portal_share_res_partner_rel"("portal_share_id");

-- CreateIndex
CREATE INDEX "portal_share_res_partner_rel_res_partner_id_idx" ON "portal_share_res_partner_rel"("res_partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "portal_share_res_partner_rel_portal_share_id_res_partner_id_key" ON "portal_share_res_partner_rel"("portal_share_id", "res_partner_id");

-- CreateIndex
CREATE INDEX "rel_modules_langexport_module_id_idx" ON "rel_modules_langexport"("module_id");

-- CreateIndex
CREATE INDEX "rel_modules_langexport_wiz_id_idx" ON "rel_modules_langexport"("wiz_id");

-- CreateIndex
CREATE UNIQUE INDEX "rel_modules_langexport_wiz_id_module_id_key" ON "rel_modules_langexport"("wiz_id", "module_id");

-- CreateIndex
CREATE INDEX "rel_server_actions_action_id_idx" ON "rel_server_actions"("action_id");

-- CreateIndex
CREATE INDEX "rel_server_actions_server_id_idx" ON "rel_server_actions"("server_id");

-- CreateIndex
CREATE UNIQUE INDEX "rel_server_actions_server_id_action_id_key" ON "rel_server_actions"("server_id", "action_id");

-- CreateIndex
CREATE INDEX "res_bank_bic_index" ON "res_bank"("bic");

-- CreateIndex
CREATE UNIQUE INDEX "res_company_name_uniq" ON "res_company"("name");

-- CreateIndex
CREATE INDEX "res_company_parent_id_index" ON "res_company"("parent_id");

-- CreateIndex
CREATE INDEX "res_company_users_rel_cid_idx" ON "res_company_users_rel"("cid");

-- CreateIndex
CREATE INDEX "res_company_users_rel_user_id_idx" ON "res_company_users_rel"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "res_company_users_rel_cid_user_id_key" ON "res_company_users_rel"("cid", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "res_country_name_uniq" ON "res_country"("name");

-- CreateIndex
CREATE UNIQUE INDEX "res_country_code_uniq" ON "res_country"("code");

-- CreateIndex
CREATE INDEX "res_country_res_country_group_rel_res_country_group_id_idx" ON "res_country_res_country_group_rel"("res_country_group_id");

-- CreateIndex
CREATE INDEX "res_country_res_country_group_rel_res_country_id_idx" ON "res_country_res_country_group_rel"("res_country_id");

-- CreateIndex
CREATE UNIQUE INDEX "res_country_res_country_group_res_country_id_res_country_gr_key" ON "res_country_res_country_group_rel"("res_country_id", "res_country_group_id");

-- CreateIndex
CREATE UNIQUE INDEX "res_country_state_name_code_uniq" ON "res_country_state"("country_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "res_currency_unique_name" ON "res_currency"("name");

-- CreateIndex
CREATE INDEX "res_currency_rate_name_index" ON "res_currency_rate"("name");

-- CreateIndex
CREATE UNIQUE INDEX "res_currency_rate_unique_name_per_day" ON "res_currency_rate"("name", "currency_id", "company_id");

-- CreateIndex
CREATE INDEX "res_groups_category_id_index" ON "res_groups"("category_id");

-- CreateIndex
CREATE UNIQUE INDEX "res_groups_name_uniq" ON "res_groups"("category_id", "name");

-- CreateIndex
CREATE INDEX "res_groups_implied_rel_gid_idx" ON "res_groups_implied_rel"("gid");

-- CreateIndex
CREATE INDEX "res_groups_implied_rel_hid_idx" ON "res_groups_implied_rel"("hid");

-- CreateIndex
CREATE UNIQUE INDEX "res_groups_implied_rel_gid_hid_key" ON "res_groups_implied_rel"("gid", "hid");

-- CreateIndex
CREATE INDEX "res_groups_report_rel_gid_idx" ON "res_groups_report_rel"("gid");

-- CreateIndex
CREATE INDEX "res_groups_report_rel_uid_idx" ON "res_groups_report_rel"("uid");

-- CreateIndex
CREATE UNIQUE INDEX "res_groups_report_rel_uid_gid_key" ON "res_groups_report_rel"("uid", "gid");

-- CreateIndex
CREATE INDEX "res_groups_users_rel_gid_idx" ON "res_groups_users_rel"("gid");

-- CreateIndex
CREATE INDEX "res_groups_users_rel_uid_idx" ON "res_groups_users_rel"("uid");

-- CreateIndex
CREATE UNIQUE INDEX "res_groups_users_rel_gid_uid_key" ON "res_groups_users_rel"("gid", "uid");

-- CreateIndex
CREATE UNIQUE INDEX "res_lang_name_uniq" ON "res_lang"("name");

-- CreateIndex
CREATE UNIQUE INDEX "res_lang_code_uniq" ON "res_lang"("code");

-- CreateIndex
CREATE INDEX "res_partner_commercial_partner_id_index" ON "res_partner"("commercial_partner_id");

-- CreateIndex
CREATE INDEX "res_partner_company_id_index" ON "res_partner"("company_id");

-- CreateIndex
CREATE INDEX "res_partner_date_index" ON "res_partner"("date");

-- CreateIndex
CREATE INDEX "res_partner_display_name_index" ON "res_partner"("display_name");

-- CreateIndex
CREATE INDEX "res_partner_message_main_attachment_id_index" ON "res_partner"("message_main_attachment_id");

-- CreateIndex
CREATE INDEX "res_partner_name_index" ON "res_partner"("name");

-- CreateIndex
CREATE INDEX "res_partner_parent_id_index" ON "res_partner"("parent_id");

-- CreateIndex
CREATE INDEX "res_partner_ref_index" ON "res_partner"("ref");

-- CreateIndex
CREATE INDEX "res_partner_bank_partner_id_index" ON "res_partner_bank"("partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "res_partner_bank_unique_number" ON "res_partner_bank"("sanitized_acc_number", "company_id");

-- CreateIndex
CREATE INDEX "res_partner_category_parent_id_index" ON "res_partner_category"("parent_id");

-- CreateIndex
CREATE INDEX "res_partner_category_parent_path_index" ON "res_partner_category"("parent_path");

-- CreateIndex
CREATE INDEX "res_partner_res_partner_category_rel_category_id_idx" ON "res_partner_res_partner_category_rel"("category_id");

-- CreateIndex
CREATE INDEX "res_partner_res_partner_category_rel_partner_id_idx" ON "res_partner_res_partner_category_rel"("partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "res_partner_res_partner_category_rel_category_id_partner_id_key" ON "res_partner_res_partner_category_rel"("category_id", "partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "res_users_login_key" ON "res_users"("login", "website_id");

-- CreateIndex
CREATE INDEX "rule_group_rel_group_id_idx" ON "rule_group_rel"("group_id");

-- CreateIndex
CREATE INDEX "rule_group_rel_rule_group_id_idx" ON "rule_group_rel"("rule_group_id");

-- CreateIndex
CREATE UNIQUE INDEX "rule_group_rel_rule_group_id_group_id_key" ON "rule_group_rel"("rule_group_id", "group_id");

-- CreateIndex
CREATE INDEX "theme_website_menu_parent_id_index" ON "theme_website_menu"("parent_id");

-- CreateIndex
CREATE INDEX "website_country_group_rel_country_group_id_idx" ON "website_country_group_rel"("country_group_id");

-- CreateIndex
CREATE INDEX "website_country_group_rel_website_id_idx" ON "website_country_group_rel"("website_id");

-- CreateIndex
CREATE UNIQUE INDEX "website_country_group_rel_website_id_country_group_id_key" ON "website_country_group_rel"("website_id", "country_group_id");

-- CreateIndex
CREATE INDEX "website_lang_rel_lang_id_idx" ON "website_lang_rel"("lang_id");

-- CreateIndex
CREATE INDEX "website_lang_rel_website_id_idx" ON "website_lang_rel"("website_id");

-- CreateIndex
CREATE UNIQUE INDEX "website_lang_rel_website_id_lang_id_key" ON "website_lang_rel"("website_id", "lang_id");

-- CreateIndex
CREATE INDEX "website_menu_parent_id_index" ON "website_menu"("parent_id");

-- CreateIndex
CREATE INDEX "website_menu_parent_path_index" ON "website_menu"("parent_path");

-- AddForeignKey
ALTER TABLE "base_import_import" ADD CONSTRAINT "base_import_import_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_import" ADD CONSTRAINT "base_import_import_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_mapping" ADD CONSTRAINT "base_import_mapping_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_mapping" ADD CONSTRAINT "base_import_mapping_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_char" ADD CONSTRAINT "base_import_tests_models_char_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_char" ADD CONSTRAINT "base_import_tests_models_char_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_char_noreadonly" ADD CONSTRAINT "base_import_tests_models_char_noreadonly_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_char_noreadonly" ADD CONSTRAINT "base_import_tests_models_char_noreadonly_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_char_readonly" ADD CONSTRAINT "base_import_tests_models_char_readonly_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_char_readonly" ADD CONSTRAINT "base_import_tests_models_char_readonly_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_char_required" ADD CONSTRAINT "base_import_tests_models_char_required_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_char_required" ADD CONSTRAINT "base_import_tests_models_char_required_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_char_states" ADD CONSTRAINT "base_import_tests_models_char_states_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_char_states" ADD CONSTRAINT "base_import_tests_models_char_states_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_char_stillreadonly" ADD CONSTRAINT "base_import_tests_models_char_stillreadonly_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_char_stillreadonly" ADD CONSTRAINT "base_import_tests_models_char_stillreadonly_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_complex" ADD CONSTRAINT "base_import_tests_models_complex_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_complex" ADD CONSTRAINT "base_import_tests_models_complex_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "res_currency"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_complex" ADD CONSTRAINT "base_import_tests_models_complex_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_float" ADD CONSTRAINT "base_import_tests_models_float_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_float" ADD CONSTRAINT "base_import_tests_models_float_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "res_currency"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_float" ADD CONSTRAINT "base_import_tests_models_float_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_m2o" ADD CONSTRAINT "base_import_tests_models_m2o_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_m2o" ADD CONSTRAINT "base_import_tests_models_m2o_value_fkey" FOREIGN KEY ("value") REFERENCES "base_import_tests_models_m2o_related"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_m2o" ADD CONSTRAINT "base_import_tests_models_m2o_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_m2o_related" ADD CONSTRAINT "base_import_tests_models_m2o_related_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_m2o_related" ADD CONSTRAINT "base_import_tests_models_m2o_related_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_m2o_required" ADD CONSTRAINT "base_import_tests_models_m2o_required_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_m2o_required" ADD CONSTRAINT "base_import_tests_models_m2o_required_value_fkey" FOREIGN KEY ("value") REFERENCES "base_import_tests_models_m2o_required_related"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_m2o_required" ADD CONSTRAINT "base_import_tests_models_m2o_required_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_m2o_required_related" ADD CONSTRAINT "base_import_tests_models_m2o_required_related_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_m2o_required_related" ADD CONSTRAINT "base_import_tests_models_m2o_required_related_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_o2m" ADD CONSTRAINT "base_import_tests_models_o2m_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_o2m" ADD CONSTRAINT "base_import_tests_models_o2m_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_o2m_child" ADD CONSTRAINT "base_import_tests_models_o2m_child_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_o2m_child" ADD CONSTRAINT "base_import_tests_models_o2m_child_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "base_import_tests_models_o2m"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_o2m_child" ADD CONSTRAINT "base_import_tests_models_o2m_child_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_preview" ADD CONSTRAINT "base_import_tests_models_preview_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_import_tests_models_preview" ADD CONSTRAINT "base_import_tests_models_preview_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_language_export" ADD CONSTRAINT "base_language_export_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_language_export" ADD CONSTRAINT "base_language_export_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_language_import" ADD CONSTRAINT "base_language_import_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_language_import" ADD CONSTRAINT "base_language_import_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_language_install" ADD CONSTRAINT "base_language_install_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_language_install" ADD CONSTRAINT "base_language_install_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_language_install_website_rel" ADD CONSTRAINT "base_language_install_website_rel_base_language_install_id_fkey" FOREIGN KEY ("base_language_install_id") REFERENCES "base_language_install"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_language_install_website_rel" ADD CONSTRAINT "base_language_install_website_rel_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_module_uninstall" ADD CONSTRAINT "base_module_uninstall_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_module_uninstall" ADD CONSTRAINT "base_module_uninstall_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "ir_module_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_module_uninstall" ADD CONSTRAINT "base_module_uninstall_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_module_update" ADD CONSTRAINT "base_module_update_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_module_update" ADD CONSTRAINT "base_module_update_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_module_upgrade" ADD CONSTRAINT "base_module_upgrade_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_module_upgrade" ADD CONSTRAINT "base_module_upgrade_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_partner_merge_automatic_wizard" ADD CONSTRAINT "base_partner_merge_automatic_wizard_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_partner_merge_automatic_wizard" ADD CONSTRAINT "base_partner_merge_automatic_wizard_current_line_id_fkey" FOREIGN KEY ("current_line_id") REFERENCES "base_partner_merge_line"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_partner_merge_automatic_wizard" ADD CONSTRAINT "base_partner_merge_automatic_wizard_dst_partner_id_fkey" FOREIGN KEY ("dst_partner_id") REFERENCES "res_partner"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_partner_merge_automatic_wizard" ADD CONSTRAINT "base_partner_merge_automatic_wizard_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_partner_merge_automatic_wizard_res_partner_rel" ADD CONSTRAINT "base_partner_merge_automatic__base_partner_merge_automatic_fkey" FOREIGN KEY ("base_partner_merge_automatic_wizard_id") REFERENCES "base_partner_merge_automatic_wizard"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_partner_merge_automatic_wizard_res_partner_rel" ADD CONSTRAINT "base_partner_merge_automatic_wizard_res_par_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_partner_merge_line" ADD CONSTRAINT "base_partner_merge_line_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_partner_merge_line" ADD CONSTRAINT "base_partner_merge_line_wizard_id_fkey" FOREIGN KEY ("wizard_id") REFERENCES "base_partner_merge_automatic_wizard"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_partner_merge_line" ADD CONSTRAINT "base_partner_merge_line_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_update_translations" ADD CONSTRAINT "base_update_translations_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base_update_translations" ADD CONSTRAINT "base_update_translations_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "bus_bus" ADD CONSTRAINT "bus_bus_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "bus_bus" ADD CONSTRAINT "bus_bus_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "bus_presence" ADD CONSTRAINT "bus_presence_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "change_password_user" ADD CONSTRAINT "change_password_user_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "change_password_user" ADD CONSTRAINT "change_password_user_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "change_password_user" ADD CONSTRAINT "change_password_user_wizard_id_fkey" FOREIGN KEY ("wizard_id") REFERENCES "change_password_wizard"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "change_password_user" ADD CONSTRAINT "change_password_user_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "change_password_wizard" ADD CONSTRAINT "change_password_wizard_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "change_password_wizard" ADD CONSTRAINT "change_password_wizard_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "email_template_attachment_rel" ADD CONSTRAINT "email_template_attachment_rel_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "ir_attachment"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "email_template_attachment_rel" ADD CONSTRAINT "email_template_attachment_rel_email_template_id_fkey" FOREIGN KEY ("email_template_id") REFERENCES "mail_template"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "email_template_preview" ADD CONSTRAINT "email_template_preview_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "email_template_preview" ADD CONSTRAINT "email_template_preview_mail_server_id_fkey" FOREIGN KEY ("mail_server_id") REFERENCES "ir_mail_server"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "email_template_preview" ADD CONSTRAINT "email_template_preview_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ir_model"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "email_template_preview" ADD CONSTRAINT "email_template_preview_model_object_field_fkey" FOREIGN KEY ("model_object_field") REFERENCES "ir_model_fields"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "email_template_preview" ADD CONSTRAINT "email_template_preview_ref_ir_act_window_fkey" FOREIGN KEY ("ref_ir_act_window") REFERENCES "ir_act_window"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "email_template_preview" ADD CONSTRAINT "email_template_preview_report_template_fkey" FOREIGN KEY ("report_template") REFERENCES "ir_act_report_xml"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "email_template_preview" ADD CONSTRAINT "email_template_preview_sub_model_object_field_fkey" FOREIGN KEY ("sub_model_object_field") REFERENCES "ir_model_fields"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "email_template_preview" ADD CONSTRAINT "email_template_preview_sub_object_fkey" FOREIGN KEY ("sub_object") REFERENCES "ir_model"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "email_template_preview" ADD CONSTRAINT "email_template_preview_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "email_template_preview_res_partner_rel" ADD CONSTRAINT "email_template_preview_res_partn_email_template_preview_id_fkey" FOREIGN KEY ("email_template_preview_id") REFERENCES "email_template_preview"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "email_template_preview_res_partner_rel" ADD CONSTRAINT "email_template_preview_res_partner_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "fetchmail_server" ADD CONSTRAINT "fetchmail_server_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "fetchmail_server" ADD CONSTRAINT "fetchmail_server_object_id_fkey" FOREIGN KEY ("object_id") REFERENCES "ir_model"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "fetchmail_server" ADD CONSTRAINT "fetchmail_server_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "iap_account" ADD CONSTRAINT "iap_account_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "iap_account" ADD CONSTRAINT "iap_account_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "iap_account" ADD CONSTRAINT "iap_account_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_client" ADD CONSTRAINT "ir_act_client_binding_model_id_fkey" FOREIGN KEY ("binding_model_id") REFERENCES "ir_model"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_client" ADD CONSTRAINT "ir_act_client_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_client" ADD CONSTRAINT "ir_act_client_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_report_xml" ADD CONSTRAINT "ir_act_report_xml_binding_model_id_fkey" FOREIGN KEY ("binding_model_id") REFERENCES "ir_model"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_report_xml" ADD CONSTRAINT "ir_act_report_xml_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_report_xml" ADD CONSTRAINT "ir_act_report_xml_paperformat_id_fkey" FOREIGN KEY ("paperformat_id") REFERENCES "report_paperformat"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_report_xml" ADD CONSTRAINT "ir_act_report_xml_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_server" ADD CONSTRAINT "ir_act_server_activity_type_id_fkey" FOREIGN KEY ("activity_type_id") REFERENCES "mail_activity_type"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_server" ADD CONSTRAINT "ir_act_server_activity_user_id_fkey" FOREIGN KEY ("activity_user_id") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_server" ADD CONSTRAINT "ir_act_server_binding_model_id_fkey" FOREIGN KEY ("binding_model_id") REFERENCES "ir_model"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_server" ADD CONSTRAINT "ir_act_server_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_server" ADD CONSTRAINT "ir_act_server_crud_model_id_fkey" FOREIGN KEY ("crud_model_id") REFERENCES "ir_model"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_server" ADD CONSTRAINT "ir_act_server_link_field_id_fkey" FOREIGN KEY ("link_field_id") REFERENCES "ir_model_fields"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_server" ADD CONSTRAINT "ir_act_server_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ir_model"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_server" ADD CONSTRAINT "ir_act_server_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "mail_template"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_server" ADD CONSTRAINT "ir_act_server_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_server_mail_channel_rel" ADD CONSTRAINT "ir_act_server_mail_channel_rel_ir_act_server_id_fkey" FOREIGN KEY ("ir_act_server_id") REFERENCES "ir_act_server"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_server_mail_channel_rel" ADD CONSTRAINT "ir_act_server_mail_channel_rel_mail_channel_id_fkey" FOREIGN KEY ("mail_channel_id") REFERENCES "mail_channel"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_server_res_partner_rel" ADD CONSTRAINT "ir_act_server_res_partner_rel_ir_act_server_id_fkey" FOREIGN KEY ("ir_act_server_id") REFERENCES "ir_act_server"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_server_res_partner_rel" ADD CONSTRAINT "ir_act_server_res_partner_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_url" ADD CONSTRAINT "ir_act_url_binding_model_id_fkey" FOREIGN KEY ("binding_model_id") REFERENCES "ir_model"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_url" ADD CONSTRAINT "ir_act_url_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_url" ADD CONSTRAINT "ir_act_url_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_window" ADD CONSTRAINT "ir_act_window_binding_model_id_fkey" FOREIGN KEY ("binding_model_id") REFERENCES "ir_model"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_window" ADD CONSTRAINT "ir_act_window_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_window" ADD CONSTRAINT "ir_act_window_search_view_id_fkey" FOREIGN KEY ("search_view_id") REFERENCES "ir_ui_view"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_window" ADD CONSTRAINT "ir_act_window_view_id_fkey" FOREIGN KEY ("view_id") REFERENCES "ir_ui_view"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_window" ADD CONSTRAINT "ir_act_window_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_window_group_rel" ADD CONSTRAINT "ir_act_window_group_rel_act_id_fkey" FOREIGN KEY ("act_id") REFERENCES "ir_act_window"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_window_group_rel" ADD CONSTRAINT "ir_act_window_group_rel_gid_fkey" FOREIGN KEY ("gid") REFERENCES "res_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_window_view" ADD CONSTRAINT "ir_act_window_view_act_window_id_fkey" FOREIGN KEY ("act_window_id") REFERENCES "ir_act_window"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_window_view" ADD CONSTRAINT "ir_act_window_view_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_window_view" ADD CONSTRAINT "ir_act_window_view_view_id_fkey" FOREIGN KEY ("view_id") REFERENCES "ir_ui_view"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_act_window_view" ADD CONSTRAINT "ir_act_window_view_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_actions" ADD CONSTRAINT "ir_actions_binding_model_id_fkey" FOREIGN KEY ("binding_model_id") REFERENCES "ir_model"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_actions" ADD CONSTRAINT "ir_actions_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_actions" ADD CONSTRAINT "ir_actions_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_actions_todo" ADD CONSTRAINT "ir_actions_todo_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_actions_todo" ADD CONSTRAINT "ir_actions_todo_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_attachment" ADD CONSTRAINT "ir_attachment_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_attachment" ADD CONSTRAINT "ir_attachment_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_attachment" ADD CONSTRAINT "ir_attachment_theme_template_id_fkey" FOREIGN KEY ("theme_template_id") REFERENCES "theme_ir_attachment"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_attachment" ADD CONSTRAINT "ir_attachment_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_attachment" ADD CONSTRAINT "ir_attachment_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_config_parameter" ADD CONSTRAINT "ir_config_parameter_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_config_parameter" ADD CONSTRAINT "ir_config_parameter_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_cron" ADD CONSTRAINT "ir_cron_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_cron" ADD CONSTRAINT "ir_cron_ir_actions_server_id_fkey" FOREIGN KEY ("ir_actions_server_id") REFERENCES "ir_act_server"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_cron" ADD CONSTRAINT "ir_cron_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_cron" ADD CONSTRAINT "ir_cron_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_default" ADD CONSTRAINT "ir_default_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_default" ADD CONSTRAINT "ir_default_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_default" ADD CONSTRAINT "ir_default_field_id_fkey" FOREIGN KEY ("field_id") REFERENCES "ir_model_fields"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_default" ADD CONSTRAINT "ir_default_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_default" ADD CONSTRAINT "ir_default_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_demo" ADD CONSTRAINT "ir_demo_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_demo" ADD CONSTRAINT "ir_demo_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_demo_failure" ADD CONSTRAINT "ir_demo_failure_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_demo_failure" ADD CONSTRAINT "ir_demo_failure_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "ir_module_module"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_demo_failure" ADD CONSTRAINT "ir_demo_failure_wizard_id_fkey" FOREIGN KEY ("wizard_id") REFERENCES "ir_demo_failure_wizard"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_demo_failure" ADD CONSTRAINT "ir_demo_failure_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_demo_failure_wizard" ADD CONSTRAINT "ir_demo_failure_wizard_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_demo_failure_wizard" ADD CONSTRAINT "ir_demo_failure_wizard_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_exports" ADD CONSTRAINT "ir_exports_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_exports" ADD CONSTRAINT "ir_exports_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_exports_line" ADD CONSTRAINT "ir_exports_line_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_exports_line" ADD CONSTRAINT "ir_exports_line_export_id_fkey" FOREIGN KEY ("export_id") REFERENCES "ir_exports"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_exports_line" ADD CONSTRAINT "ir_exports_line_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_filters" ADD CONSTRAINT "ir_filters_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_filters" ADD CONSTRAINT "ir_filters_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_filters" ADD CONSTRAINT "ir_filters_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_mail_server" ADD CONSTRAINT "ir_mail_server_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_mail_server" ADD CONSTRAINT "ir_mail_server_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model" ADD CONSTRAINT "ir_model_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model" ADD CONSTRAINT "ir_model_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_access" ADD CONSTRAINT "ir_model_access_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_access" ADD CONSTRAINT "ir_model_access_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "res_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_access" ADD CONSTRAINT "ir_model_access_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ir_model"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_access" ADD CONSTRAINT "ir_model_access_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_constraint" ADD CONSTRAINT "ir_model_constraint_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_constraint" ADD CONSTRAINT "ir_model_constraint_model_fkey" FOREIGN KEY ("model") REFERENCES "ir_model"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_constraint" ADD CONSTRAINT "ir_model_constraint_module_fkey" FOREIGN KEY ("module") REFERENCES "ir_module_module"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_constraint" ADD CONSTRAINT "ir_model_constraint_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_data" ADD CONSTRAINT "ir_model_data_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_data" ADD CONSTRAINT "ir_model_data_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_fields" ADD CONSTRAINT "ir_model_fields_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_fields" ADD CONSTRAINT "ir_model_fields_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ir_model"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_fields" ADD CONSTRAINT "ir_model_fields_related_field_id_fkey" FOREIGN KEY ("related_field_id") REFERENCES "ir_model_fields"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_fields" ADD CONSTRAINT "ir_model_fields_relation_field_id_fkey" FOREIGN KEY ("relation_field_id") REFERENCES "ir_model_fields"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_fields" ADD CONSTRAINT "ir_model_fields_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_fields_group_rel" ADD CONSTRAINT "ir_model_fields_group_rel_field_id_fkey" FOREIGN KEY ("field_id") REFERENCES "ir_model_fields"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_fields_group_rel" ADD CONSTRAINT "ir_model_fields_group_rel_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "res_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_relation" ADD CONSTRAINT "ir_model_relation_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_relation" ADD CONSTRAINT "ir_model_relation_model_fkey" FOREIGN KEY ("model") REFERENCES "ir_model"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_relation" ADD CONSTRAINT "ir_model_relation_module_fkey" FOREIGN KEY ("module") REFERENCES "ir_module_module"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_model_relation" ADD CONSTRAINT "ir_model_relation_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_module_category" ADD CONSTRAINT "ir_module_category_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_module_category" ADD CONSTRAINT "ir_module_category_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "ir_module_category"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_module_category" ADD CONSTRAINT "ir_module_category_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_module_module" ADD CONSTRAINT "ir_module_module_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "ir_module_category"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_module_module" ADD CONSTRAINT "ir_module_module_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_module_module" ADD CONSTRAINT "ir_module_module_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_module_module_dependency" ADD CONSTRAINT "ir_module_module_dependency_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_module_module_dependency" ADD CONSTRAINT "ir_module_module_dependency_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "ir_module_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_module_module_dependency" ADD CONSTRAINT "ir_module_module_dependency_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_module_module_exclusion" ADD CONSTRAINT "ir_module_module_exclusion_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_module_module_exclusion" ADD CONSTRAINT "ir_module_module_exclusion_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "ir_module_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_module_module_exclusion" ADD CONSTRAINT "ir_module_module_exclusion_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_property" ADD CONSTRAINT "ir_property_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_property" ADD CONSTRAINT "ir_property_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_property" ADD CONSTRAINT "ir_property_fields_id_fkey" FOREIGN KEY ("fields_id") REFERENCES "ir_model_fields"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_property" ADD CONSTRAINT "ir_property_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_rule" ADD CONSTRAINT "ir_rule_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_rule" ADD CONSTRAINT "ir_rule_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ir_model"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_rule" ADD CONSTRAINT "ir_rule_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_sequence" ADD CONSTRAINT "ir_sequence_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_sequence" ADD CONSTRAINT "ir_sequence_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_sequence" ADD CONSTRAINT "ir_sequence_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_sequence_date_range" ADD CONSTRAINT "ir_sequence_date_range_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_sequence_date_range" ADD CONSTRAINT "ir_sequence_date_range_sequence_id_fkey" FOREIGN KEY ("sequence_id") REFERENCES "ir_sequence"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_sequence_date_range" ADD CONSTRAINT "ir_sequence_date_range_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_server_object_lines" ADD CONSTRAINT "ir_server_object_lines_col1_fkey" FOREIGN KEY ("col1") REFERENCES "ir_model_fields"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_server_object_lines" ADD CONSTRAINT "ir_server_object_lines_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_server_object_lines" ADD CONSTRAINT "ir_server_object_lines_server_id_fkey" FOREIGN KEY ("server_id") REFERENCES "ir_act_server"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_server_object_lines" ADD CONSTRAINT "ir_server_object_lines_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_translation" ADD CONSTRAINT "ir_translation_lang_fkey_res_lang" FOREIGN KEY ("lang") REFERENCES "res_lang"("code") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_menu" ADD CONSTRAINT "ir_ui_menu_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_menu" ADD CONSTRAINT "ir_ui_menu_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "ir_ui_menu"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_menu" ADD CONSTRAINT "ir_ui_menu_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_menu_group_rel" ADD CONSTRAINT "ir_ui_menu_group_rel_gid_fkey" FOREIGN KEY ("gid") REFERENCES "res_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_menu_group_rel" ADD CONSTRAINT "ir_ui_menu_group_rel_menu_id_fkey" FOREIGN KEY ("menu_id") REFERENCES "ir_ui_menu"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_view" ADD CONSTRAINT "ir_ui_view_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_view" ADD CONSTRAINT "ir_ui_view_inherit_id_fkey" FOREIGN KEY ("inherit_id") REFERENCES "ir_ui_view"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_view" ADD CONSTRAINT "ir_ui_view_theme_template_id_fkey" FOREIGN KEY ("theme_template_id") REFERENCES "theme_ir_ui_view"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_view" ADD CONSTRAINT "ir_ui_view_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_view" ADD CONSTRAINT "ir_ui_view_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_view_custom" ADD CONSTRAINT "ir_ui_view_custom_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_view_custom" ADD CONSTRAINT "ir_ui_view_custom_ref_id_fkey" FOREIGN KEY ("ref_id") REFERENCES "ir_ui_view"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_view_custom" ADD CONSTRAINT "ir_ui_view_custom_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_view_custom" ADD CONSTRAINT "ir_ui_view_custom_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_view_group_rel" ADD CONSTRAINT "ir_ui_view_group_rel_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "res_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ir_ui_view_group_rel" ADD CONSTRAINT "ir_ui_view_group_rel_view_id_fkey" FOREIGN KEY ("view_id") REFERENCES "ir_ui_view"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity" ADD CONSTRAINT "mail_activity_activity_type_id_fkey" FOREIGN KEY ("activity_type_id") REFERENCES "mail_activity_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity" ADD CONSTRAINT "mail_activity_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity" ADD CONSTRAINT "mail_activity_create_user_id_fkey" FOREIGN KEY ("create_user_id") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity" ADD CONSTRAINT "mail_activity_previous_activity_type_id_fkey" FOREIGN KEY ("previous_activity_type_id") REFERENCES "mail_activity_type"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity" ADD CONSTRAINT "mail_activity_recommended_activity_type_id_fkey" FOREIGN KEY ("recommended_activity_type_id") REFERENCES "mail_activity_type"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity" ADD CONSTRAINT "mail_activity_res_model_id_fkey" FOREIGN KEY ("res_model_id") REFERENCES "ir_model"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity" ADD CONSTRAINT "mail_activity_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity" ADD CONSTRAINT "mail_activity_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity_rel" ADD CONSTRAINT "mail_activity_rel_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "mail_activity_type"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity_rel" ADD CONSTRAINT "mail_activity_rel_recommended_id_fkey" FOREIGN KEY ("recommended_id") REFERENCES "mail_activity_type"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity_type" ADD CONSTRAINT "mail_activity_type_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity_type" ADD CONSTRAINT "mail_activity_type_default_next_type_id_fkey" FOREIGN KEY ("default_next_type_id") REFERENCES "mail_activity_type"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity_type" ADD CONSTRAINT "mail_activity_type_res_model_id_fkey" FOREIGN KEY ("res_model_id") REFERENCES "ir_model"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity_type" ADD CONSTRAINT "mail_activity_type_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity_type_mail_template_rel" ADD CONSTRAINT "mail_activity_type_mail_template_rel_mail_activity_type_id_fkey" FOREIGN KEY ("mail_activity_type_id") REFERENCES "mail_activity_type"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_activity_type_mail_template_rel" ADD CONSTRAINT "mail_activity_type_mail_template_rel_mail_template_id_fkey" FOREIGN KEY ("mail_template_id") REFERENCES "mail_template"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_alias" ADD CONSTRAINT "mail_alias_alias_model_id_fkey" FOREIGN KEY ("alias_model_id") REFERENCES "ir_model"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_alias" ADD CONSTRAINT "mail_alias_alias_parent_model_id_fkey" FOREIGN KEY ("alias_parent_model_id") REFERENCES "ir_model"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_alias" ADD CONSTRAINT "mail_alias_alias_user_id_fkey" FOREIGN KEY ("alias_user_id") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_alias" ADD CONSTRAINT "mail_alias_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_alias" ADD CONSTRAINT "mail_alias_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_blacklist" ADD CONSTRAINT "mail_blacklist_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_blacklist" ADD CONSTRAINT "mail_blacklist_message_main_attachment_id_fkey" FOREIGN KEY ("message_main_attachment_id") REFERENCES "ir_attachment"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_blacklist" ADD CONSTRAINT "mail_blacklist_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel" ADD CONSTRAINT "mail_channel_alias_id_fkey" FOREIGN KEY ("alias_id") REFERENCES "mail_alias"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel" ADD CONSTRAINT "mail_channel_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel" ADD CONSTRAINT "mail_channel_group_public_id_fkey" FOREIGN KEY ("group_public_id") REFERENCES "res_groups"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel" ADD CONSTRAINT "mail_channel_message_main_attachment_id_fkey" FOREIGN KEY ("message_main_attachment_id") REFERENCES "ir_attachment"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel" ADD CONSTRAINT "mail_channel_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel_mail_wizard_invite_rel" ADD CONSTRAINT "mail_channel_mail_wizard_invite_rel_mail_channel_id_fkey" FOREIGN KEY ("mail_channel_id") REFERENCES "mail_channel"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel_mail_wizard_invite_rel" ADD CONSTRAINT "mail_channel_mail_wizard_invite_rel_mail_wizard_invite_id_fkey" FOREIGN KEY ("mail_wizard_invite_id") REFERENCES "mail_wizard_invite"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel_moderator_rel" ADD CONSTRAINT "mail_channel_moderator_rel_mail_channel_id_fkey" FOREIGN KEY ("mail_channel_id") REFERENCES "mail_channel"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel_moderator_rel" ADD CONSTRAINT "mail_channel_moderator_rel_res_users_id_fkey" FOREIGN KEY ("res_users_id") REFERENCES "res_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel_partner" ADD CONSTRAINT "mail_channel_partner_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "mail_channel"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel_partner" ADD CONSTRAINT "mail_channel_partner_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel_partner" ADD CONSTRAINT "mail_channel_partner_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel_partner" ADD CONSTRAINT "mail_channel_partner_seen_message_id_fkey" FOREIGN KEY ("seen_message_id") REFERENCES "mail_message"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel_partner" ADD CONSTRAINT "mail_channel_partner_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel_res_groups_rel" ADD CONSTRAINT "mail_channel_res_groups_rel_mail_channel_id_fkey" FOREIGN KEY ("mail_channel_id") REFERENCES "mail_channel"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_channel_res_groups_rel" ADD CONSTRAINT "mail_channel_res_groups_rel_res_groups_id_fkey" FOREIGN KEY ("res_groups_id") REFERENCES "res_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_compose_message" ADD CONSTRAINT "mail_compose_message_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "res_partner"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_compose_message" ADD CONSTRAINT "mail_compose_message_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_compose_message" ADD CONSTRAINT "mail_compose_message_mail_activity_type_id_fkey" FOREIGN KEY ("mail_activity_type_id") REFERENCES "mail_activity_type"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_compose_message" ADD CONSTRAINT "mail_compose_message_mail_server_id_fkey" FOREIGN KEY ("mail_server_id") REFERENCES "ir_mail_server"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_compose_message" ADD CONSTRAINT "mail_compose_message_moderator_id_fkey" FOREIGN KEY ("moderator_id") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_compose_message" ADD CONSTRAINT "mail_compose_message_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "mail_message"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_compose_message" ADD CONSTRAINT "mail_compose_message_subtype_id_fkey" FOREIGN KEY ("subtype_id") REFERENCES "mail_message_subtype"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_compose_message" ADD CONSTRAINT "mail_compose_message_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "mail_template"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_compose_message" ADD CONSTRAINT "mail_compose_message_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_compose_message_ir_attachments_rel" ADD CONSTRAINT "mail_compose_message_ir_attachments_rel_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "ir_attachment"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_compose_message_ir_attachments_rel" ADD CONSTRAINT "mail_compose_message_ir_attachments_rel_wizard_id_fkey" FOREIGN KEY ("wizard_id") REFERENCES "mail_compose_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_compose_message_res_partner_rel" ADD CONSTRAINT "mail_compose_message_res_partner_rel_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_compose_message_res_partner_rel" ADD CONSTRAINT "mail_compose_message_res_partner_rel_wizard_id_fkey" FOREIGN KEY ("wizard_id") REFERENCES "mail_compose_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_followers" ADD CONSTRAINT "mail_followers_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "mail_channel"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_followers" ADD CONSTRAINT "mail_followers_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_followers_mail_message_subtype_rel" ADD CONSTRAINT "mail_followers_mail_message_subtyp_mail_message_subtype_id_fkey" FOREIGN KEY ("mail_message_subtype_id") REFERENCES "mail_message_subtype"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_followers_mail_message_subtype_rel" ADD CONSTRAINT "mail_followers_mail_message_subtype_rel_mail_followers_id_fkey" FOREIGN KEY ("mail_followers_id") REFERENCES "mail_followers"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_mail" ADD CONSTRAINT "mail_mail_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_mail" ADD CONSTRAINT "mail_mail_fetchmail_server_id_fkey" FOREIGN KEY ("fetchmail_server_id") REFERENCES "fetchmail_server"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_mail" ADD CONSTRAINT "mail_mail_mail_message_id_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_mail" ADD CONSTRAINT "mail_mail_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_mail_res_partner_rel" ADD CONSTRAINT "mail_mail_res_partner_rel_mail_mail_id_fkey" FOREIGN KEY ("mail_mail_id") REFERENCES "mail_mail"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_mail_res_partner_rel" ADD CONSTRAINT "mail_mail_res_partner_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message" ADD CONSTRAINT "mail_message_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "res_partner"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message" ADD CONSTRAINT "mail_message_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message" ADD CONSTRAINT "mail_message_mail_activity_type_id_fkey" FOREIGN KEY ("mail_activity_type_id") REFERENCES "mail_activity_type"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message" ADD CONSTRAINT "mail_message_mail_server_id_fkey" FOREIGN KEY ("mail_server_id") REFERENCES "ir_mail_server"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message" ADD CONSTRAINT "mail_message_moderator_id_fkey" FOREIGN KEY ("moderator_id") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message" ADD CONSTRAINT "mail_message_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "mail_message"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message" ADD CONSTRAINT "mail_message_subtype_id_fkey" FOREIGN KEY ("subtype_id") REFERENCES "mail_message_subtype"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message" ADD CONSTRAINT "mail_message_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message_mail_channel_rel" ADD CONSTRAINT "mail_message_mail_channel_rel_mail_channel_id_fkey" FOREIGN KEY ("mail_channel_id") REFERENCES "mail_channel"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message_mail_channel_rel" ADD CONSTRAINT "mail_message_mail_channel_rel_mail_message_id_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message_res_partner_needaction_rel" ADD CONSTRAINT "mail_message_res_partner_needaction_rel_mail_id_fkey" FOREIGN KEY ("mail_id") REFERENCES "mail_mail"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message_res_partner_needaction_rel" ADD CONSTRAINT "mail_message_res_partner_needaction_rel_mail_message_id_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message_res_partner_needaction_rel" ADD CONSTRAINT "mail_message_res_partner_needaction_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message_res_partner_needaction_rel_mail_resend_message_rel" ADD CONSTRAINT "mail_message_res_partner_need_mail_message_res_partner_nee_fkey" FOREIGN KEY ("mail_message_res_partner_needaction_rel_id") REFERENCES "mail_message_res_partner_needaction_rel"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message_res_partner_needaction_rel_mail_resend_message_rel" ADD CONSTRAINT "mail_message_res_partner_needaction_mail_resend_message_id_fkey" FOREIGN KEY ("mail_resend_message_id") REFERENCES "mail_resend_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message_res_partner_rel" ADD CONSTRAINT "mail_message_res_partner_rel_mail_message_id_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message_res_partner_rel" ADD CONSTRAINT "mail_message_res_partner_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message_res_partner_starred_rel" ADD CONSTRAINT "mail_message_res_partner_starred_rel_mail_message_id_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message_res_partner_starred_rel" ADD CONSTRAINT "mail_message_res_partner_starred_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message_subtype" ADD CONSTRAINT "mail_message_subtype_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message_subtype" ADD CONSTRAINT "mail_message_subtype_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "mail_message_subtype"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_message_subtype" ADD CONSTRAINT "mail_message_subtype_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_moderation" ADD CONSTRAINT "mail_moderation_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "mail_channel"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_moderation" ADD CONSTRAINT "mail_moderation_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_moderation" ADD CONSTRAINT "mail_moderation_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_resend_cancel" ADD CONSTRAINT "mail_resend_cancel_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_resend_cancel" ADD CONSTRAINT "mail_resend_cancel_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_resend_message" ADD CONSTRAINT "mail_resend_message_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_resend_message" ADD CONSTRAINT "mail_resend_message_mail_message_id_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_message"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_resend_message" ADD CONSTRAINT "mail_resend_message_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_resend_partner" ADD CONSTRAINT "mail_resend_partner_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_resend_partner" ADD CONSTRAINT "mail_resend_partner_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_resend_partner" ADD CONSTRAINT "mail_resend_partner_resend_wizard_id_fkey" FOREIGN KEY ("resend_wizard_id") REFERENCES "mail_resend_message"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_resend_partner" ADD CONSTRAINT "mail_resend_partner_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_shortcode" ADD CONSTRAINT "mail_shortcode_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_shortcode" ADD CONSTRAINT "mail_shortcode_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_template" ADD CONSTRAINT "mail_template_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_template" ADD CONSTRAINT "mail_template_mail_server_id_fkey" FOREIGN KEY ("mail_server_id") REFERENCES "ir_mail_server"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_template" ADD CONSTRAINT "mail_template_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ir_model"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_template" ADD CONSTRAINT "mail_template_model_object_field_fkey" FOREIGN KEY ("model_object_field") REFERENCES "ir_model_fields"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_template" ADD CONSTRAINT "mail_template_ref_ir_act_window_fkey" FOREIGN KEY ("ref_ir_act_window") REFERENCES "ir_act_window"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_template" ADD CONSTRAINT "mail_template_report_template_fkey" FOREIGN KEY ("report_template") REFERENCES "ir_act_report_xml"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_template" ADD CONSTRAINT "mail_template_sub_model_object_field_fkey" FOREIGN KEY ("sub_model_object_field") REFERENCES "ir_model_fields"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_template" ADD CONSTRAINT "mail_template_sub_object_fkey" FOREIGN KEY ("sub_object") REFERENCES "ir_model"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_template" ADD CONSTRAINT "mail_template_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_tracking_value" ADD CONSTRAINT "mail_tracking_value_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_tracking_value" ADD CONSTRAINT "mail_tracking_value_mail_message_id_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_tracking_value" ADD CONSTRAINT "mail_tracking_value_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_wizard_invite" ADD CONSTRAINT "mail_wizard_invite_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_wizard_invite" ADD CONSTRAINT "mail_wizard_invite_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_wizard_invite_res_partner_rel" ADD CONSTRAINT "mail_wizard_invite_res_partner_rel_mail_wizard_invite_id_fkey" FOREIGN KEY ("mail_wizard_invite_id") REFERENCES "mail_wizard_invite"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "mail_wizard_invite_res_partner_rel" ADD CONSTRAINT "mail_wizard_invite_res_partner_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "message_attachment_rel" ADD CONSTRAINT "message_attachment_rel_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "ir_attachment"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "message_attachment_rel" ADD CONSTRAINT "message_attachment_rel_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "mail_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "portal_share" ADD CONSTRAINT "portal_share_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "portal_share" ADD CONSTRAINT "portal_share_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "portal_share_res_partner_rel" ADD CONSTRAINT "portal_share_res_partner_rel_portal_share_id_fkey" FOREIGN KEY ("portal_share_id") REFERENCES "portal_share"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "portal_share_res_partner_rel" ADD CONSTRAINT "portal_share_res_partner_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "portal_wizard" ADD CONSTRAINT "portal_wizard_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "portal_wizard" ADD CONSTRAINT "portal_wizard_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "portal_wizard_user" ADD CONSTRAINT "portal_wizard_user_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "portal_wizard_user" ADD CONSTRAINT "portal_wizard_user_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "portal_wizard_user" ADD CONSTRAINT "portal_wizard_user_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "portal_wizard_user" ADD CONSTRAINT "portal_wizard_user_wizard_id_fkey" FOREIGN KEY ("wizard_id") REFERENCES "portal_wizard"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "portal_wizard_user" ADD CONSTRAINT "portal_wizard_user_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "rel_modules_langexport" ADD CONSTRAINT "rel_modules_langexport_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "ir_module_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "rel_modules_langexport" ADD CONSTRAINT "rel_modules_langexport_wiz_id_fkey" FOREIGN KEY ("wiz_id") REFERENCES "base_language_export"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "rel_server_actions" ADD CONSTRAINT "rel_server_actions_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "ir_act_server"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "rel_server_actions" ADD CONSTRAINT "rel_server_actions_server_id_fkey" FOREIGN KEY ("server_id") REFERENCES "ir_act_server"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "report_layout" ADD CONSTRAINT "report_layout_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "report_layout" ADD CONSTRAINT "report_layout_view_id_fkey" FOREIGN KEY ("view_id") REFERENCES "ir_ui_view"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "report_layout" ADD CONSTRAINT "report_layout_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "report_paperformat" ADD CONSTRAINT "report_paperformat_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "report_paperformat" ADD CONSTRAINT "report_paperformat_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_bank" ADD CONSTRAINT "res_bank_country_fkey" FOREIGN KEY ("country") REFERENCES "res_country"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_bank" ADD CONSTRAINT "res_bank_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_bank" ADD CONSTRAINT "res_bank_state_fkey" FOREIGN KEY ("state") REFERENCES "res_country_state"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_bank" ADD CONSTRAINT "res_bank_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_company" ADD CONSTRAINT "res_company_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_company" ADD CONSTRAINT "res_company_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "res_currency"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_company" ADD CONSTRAINT "res_company_external_report_layout_id_fkey" FOREIGN KEY ("external_report_layout_id") REFERENCES "ir_ui_view"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_company" ADD CONSTRAINT "res_company_paperformat_id_fkey" FOREIGN KEY ("paperformat_id") REFERENCES "report_paperformat"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_company" ADD CONSTRAINT "res_company_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "res_company"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_company" ADD CONSTRAINT "res_company_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_company" ADD CONSTRAINT "res_company_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_company_users_rel" ADD CONSTRAINT "res_company_users_rel_cid_fkey" FOREIGN KEY ("cid") REFERENCES "res_company"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_company_users_rel" ADD CONSTRAINT "res_company_users_rel_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_config" ADD CONSTRAINT "res_config_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_config" ADD CONSTRAINT "res_config_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_config_installer" ADD CONSTRAINT "res_config_installer_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_config_installer" ADD CONSTRAINT "res_config_installer_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_config_settings" ADD CONSTRAINT "res_config_settings_auth_signup_template_user_id_fkey" FOREIGN KEY ("auth_signup_template_user_id") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_config_settings" ADD CONSTRAINT "res_config_settings_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_config_settings" ADD CONSTRAINT "res_config_settings_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_config_settings" ADD CONSTRAINT "res_config_settings_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_config_settings" ADD CONSTRAINT "res_config_settings_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_country" ADD CONSTRAINT "res_country_address_view_id_fkey" FOREIGN KEY ("address_view_id") REFERENCES "ir_ui_view"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_country" ADD CONSTRAINT "res_country_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_country" ADD CONSTRAINT "res_country_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "res_currency"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_country" ADD CONSTRAINT "res_country_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_country_group" ADD CONSTRAINT "res_country_group_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_country_group" ADD CONSTRAINT "res_country_group_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_country_res_country_group_rel" ADD CONSTRAINT "res_country_res_country_group_rel_res_country_group_id_fkey" FOREIGN KEY ("res_country_group_id") REFERENCES "res_country_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_country_res_country_group_rel" ADD CONSTRAINT "res_country_res_country_group_rel_res_country_id_fkey" FOREIGN KEY ("res_country_id") REFERENCES "res_country"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_country_state" ADD CONSTRAINT "res_country_state_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "res_country"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_country_state" ADD CONSTRAINT "res_country_state_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_country_state" ADD CONSTRAINT "res_country_state_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_currency" ADD CONSTRAINT "res_currency_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_currency" ADD CONSTRAINT "res_currency_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_currency_rate" ADD CONSTRAINT "res_currency_rate_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_currency_rate" ADD CONSTRAINT "res_currency_rate_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_currency_rate" ADD CONSTRAINT "res_currency_rate_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "res_currency"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_currency_rate" ADD CONSTRAINT "res_currency_rate_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_groups" ADD CONSTRAINT "res_groups_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "ir_module_category"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_groups" ADD CONSTRAINT "res_groups_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_groups" ADD CONSTRAINT "res_groups_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_groups_implied_rel" ADD CONSTRAINT "res_groups_implied_rel_gid_fkey" FOREIGN KEY ("gid") REFERENCES "res_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_groups_implied_rel" ADD CONSTRAINT "res_groups_implied_rel_hid_fkey" FOREIGN KEY ("hid") REFERENCES "res_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_groups_report_rel" ADD CONSTRAINT "res_groups_report_rel_gid_fkey" FOREIGN KEY ("gid") REFERENCES "res_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_groups_report_rel" ADD CONSTRAINT "res_groups_report_rel_uid_fkey" FOREIGN KEY ("uid") REFERENCES "ir_act_report_xml"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_groups_users_rel" ADD CONSTRAINT "res_groups_users_rel_gid_fkey" FOREIGN KEY ("gid") REFERENCES "res_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_groups_users_rel" ADD CONSTRAINT "res_groups_users_rel_uid_fkey" FOREIGN KEY ("uid") REFERENCES "res_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_lang" ADD CONSTRAINT "res_lang_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_lang" ADD CONSTRAINT "res_lang_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner" ADD CONSTRAINT "res_partner_commercial_partner_id_fkey" FOREIGN KEY ("commercial_partner_id") REFERENCES "res_partner"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner" ADD CONSTRAINT "res_partner_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner" ADD CONSTRAINT "res_partner_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "res_country"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner" ADD CONSTRAINT "res_partner_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner" ADD CONSTRAINT "res_partner_industry_id_fkey" FOREIGN KEY ("industry_id") REFERENCES "res_partner_industry"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner" ADD CONSTRAINT "res_partner_message_main_attachment_id_fkey" FOREIGN KEY ("message_main_attachment_id") REFERENCES "ir_attachment"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner" ADD CONSTRAINT "res_partner_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "res_partner"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner" ADD CONSTRAINT "res_partner_state_id_fkey" FOREIGN KEY ("state_id") REFERENCES "res_country_state"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner" ADD CONSTRAINT "res_partner_title_fkey" FOREIGN KEY ("title") REFERENCES "res_partner_title"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner" ADD CONSTRAINT "res_partner_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner" ADD CONSTRAINT "res_partner_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner" ADD CONSTRAINT "res_partner_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_autocomplete_sync" ADD CONSTRAINT "res_partner_autocomplete_sync_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_autocomplete_sync" ADD CONSTRAINT "res_partner_autocomplete_sync_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_autocomplete_sync" ADD CONSTRAINT "res_partner_autocomplete_sync_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_bank" ADD CONSTRAINT "res_partner_bank_bank_id_fkey" FOREIGN KEY ("bank_id") REFERENCES "res_bank"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_bank" ADD CONSTRAINT "res_partner_bank_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_bank" ADD CONSTRAINT "res_partner_bank_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_bank" ADD CONSTRAINT "res_partner_bank_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "res_currency"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_bank" ADD CONSTRAINT "res_partner_bank_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_bank" ADD CONSTRAINT "res_partner_bank_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_category" ADD CONSTRAINT "res_partner_category_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_category" ADD CONSTRAINT "res_partner_category_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "res_partner_category"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_category" ADD CONSTRAINT "res_partner_category_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_industry" ADD CONSTRAINT "res_partner_industry_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_industry" ADD CONSTRAINT "res_partner_industry_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_res_partner_category_rel" ADD CONSTRAINT "res_partner_res_partner_category_rel_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "res_partner_category"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_res_partner_category_rel" ADD CONSTRAINT "res_partner_res_partner_category_rel_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_title" ADD CONSTRAINT "res_partner_title_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_partner_title" ADD CONSTRAINT "res_partner_title_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_users" ADD CONSTRAINT "res_users_alias_id_fkey" FOREIGN KEY ("alias_id") REFERENCES "mail_alias"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_users" ADD CONSTRAINT "res_users_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_users" ADD CONSTRAINT "res_users_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_users" ADD CONSTRAINT "res_users_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_users" ADD CONSTRAINT "res_users_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_users" ADD CONSTRAINT "res_users_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_users_log" ADD CONSTRAINT "res_users_log_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "res_users_log" ADD CONSTRAINT "res_users_log_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "rule_group_rel" ADD CONSTRAINT "rule_group_rel_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "res_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "rule_group_rel" ADD CONSTRAINT "rule_group_rel_rule_group_id_fkey" FOREIGN KEY ("rule_group_id") REFERENCES "ir_rule"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "sms_send_sms" ADD CONSTRAINT "sms_send_sms_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "sms_send_sms" ADD CONSTRAINT "sms_send_sms_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "snailmail_letter" ADD CONSTRAINT "snailmail_letter_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "ir_attachment"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "snailmail_letter" ADD CONSTRAINT "snailmail_letter_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "snailmail_letter" ADD CONSTRAINT "snailmail_letter_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "snailmail_letter" ADD CONSTRAINT "snailmail_letter_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "snailmail_letter" ADD CONSTRAINT "snailmail_letter_report_template_fkey" FOREIGN KEY ("report_template") REFERENCES "ir_act_report_xml"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "snailmail_letter" ADD CONSTRAINT "snailmail_letter_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "snailmail_letter" ADD CONSTRAINT "snailmail_letter_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "theme_ir_attachment" ADD CONSTRAINT "theme_ir_attachment_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "theme_ir_attachment" ADD CONSTRAINT "theme_ir_attachment_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "theme_ir_ui_view" ADD CONSTRAINT "theme_ir_ui_view_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "theme_ir_ui_view" ADD CONSTRAINT "theme_ir_ui_view_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "theme_website_menu" ADD CONSTRAINT "theme_website_menu_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "theme_website_menu" ADD CONSTRAINT "theme_website_menu_page_id_fkey" FOREIGN KEY ("page_id") REFERENCES "theme_website_page"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "theme_website_menu" ADD CONSTRAINT "theme_website_menu_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "theme_website_menu"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "theme_website_menu" ADD CONSTRAINT "theme_website_menu_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "theme_website_page" ADD CONSTRAINT "theme_website_page_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "theme_website_page" ADD CONSTRAINT "theme_website_page_view_id_fkey" FOREIGN KEY ("view_id") REFERENCES "theme_ir_ui_view"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "theme_website_page" ADD CONSTRAINT "theme_website_page_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "web_editor_converter_test" ADD CONSTRAINT "web_editor_converter_test_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "web_editor_converter_test" ADD CONSTRAINT "web_editor_converter_test_many2one_fkey" FOREIGN KEY ("many2one") REFERENCES "web_editor_converter_test_sub"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "web_editor_converter_test" ADD CONSTRAINT "web_editor_converter_test_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "web_editor_converter_test_sub" ADD CONSTRAINT "web_editor_converter_test_sub_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "web_editor_converter_test_sub" ADD CONSTRAINT "web_editor_converter_test_sub_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "web_tour_tour" ADD CONSTRAINT "web_tour_tour_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website" ADD CONSTRAINT "website_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website" ADD CONSTRAINT "website_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website" ADD CONSTRAINT "website_default_lang_id_fkey" FOREIGN KEY ("default_lang_id") REFERENCES "res_lang"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website" ADD CONSTRAINT "website_homepage_id_fkey" FOREIGN KEY ("homepage_id") REFERENCES "website_page"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website" ADD CONSTRAINT "website_theme_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "ir_module_module"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website" ADD CONSTRAINT "website_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website" ADD CONSTRAINT "website_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_country_group_rel" ADD CONSTRAINT "website_country_group_rel_country_group_id_fkey" FOREIGN KEY ("country_group_id") REFERENCES "res_country_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_country_group_rel" ADD CONSTRAINT "website_country_group_rel_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_lang_rel" ADD CONSTRAINT "website_lang_rel_lang_id_fkey" FOREIGN KEY ("lang_id") REFERENCES "res_lang"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_lang_rel" ADD CONSTRAINT "website_lang_rel_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_menu" ADD CONSTRAINT "website_menu_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_menu" ADD CONSTRAINT "website_menu_page_id_fkey" FOREIGN KEY ("page_id") REFERENCES "website_page"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_menu" ADD CONSTRAINT "website_menu_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "website_menu"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_menu" ADD CONSTRAINT "website_menu_theme_template_id_fkey" FOREIGN KEY ("theme_template_id") REFERENCES "theme_website_menu"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_menu" ADD CONSTRAINT "website_menu_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_menu" ADD CONSTRAINT "website_menu_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_page" ADD CONSTRAINT "website_page_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_page" ADD CONSTRAINT "website_page_theme_template_id_fkey" FOREIGN KEY ("theme_template_id") REFERENCES "theme_website_page"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_page" ADD CONSTRAINT "website_page_view_id_fkey" FOREIGN KEY ("view_id") REFERENCES "ir_ui_view"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_page" ADD CONSTRAINT "website_page_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_page" ADD CONSTRAINT "website_page_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_redirect" ADD CONSTRAINT "website_redirect_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_redirect" ADD CONSTRAINT "website_redirect_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "website_redirect" ADD CONSTRAINT "website_redirect_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "wizard_ir_model_menu_create" ADD CONSTRAINT "wizard_ir_model_menu_create_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "wizard_ir_model_menu_create" ADD CONSTRAINT "wizard_ir_model_menu_create_menu_id_fkey" FOREIGN KEY ("menu_id") REFERENCES "ir_ui_menu"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "wizard_ir_model_menu_create" ADD CONSTRAINT "wizard_ir_model_menu_create_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
