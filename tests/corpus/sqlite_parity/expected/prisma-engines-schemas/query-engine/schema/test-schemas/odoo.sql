-- CreateTable
CREATE TABLE "base_import_import" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "res_model" TEXT,
    "file" BLOB,
    "file_name" TEXT,
    "file_type" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_import_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_import_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_mapping" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "res_model" TEXT,
    "column_name" TEXT,
    "field_name" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_mapping_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_mapping_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_tests_models_char" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_tests_models_char_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_char_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_tests_models_char_noreadonly" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_tests_models_char_noreadonly_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_char_noreadonly_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_tests_models_char_readonly" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_tests_models_char_readonly_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_char_readonly_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_tests_models_char_required" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_tests_models_char_required_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_char_required_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_tests_models_char_states" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_tests_models_char_states_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_char_states_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_tests_models_char_stillreadonly" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_tests_models_char_stillreadonly_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_char_stillreadonly_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_tests_models_complex" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "f" REAL,
    "m" DECIMAL,
    "c" TEXT,
    "currency_id" INTEGER,
    "d" DATETIME,
    "dt" DATETIME,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_tests_models_complex_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_complex_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "res_currency" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_complex_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_tests_models_float" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" REAL,
    "value2" DECIMAL,
    "currency_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_tests_models_float_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_float_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "res_currency" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_float_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_tests_models_m2o" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_tests_models_m2o_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_m2o_value_fkey" FOREIGN KEY ("value") REFERENCES "base_import_tests_models_m2o_related" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_m2o_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_tests_models_m2o_related" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_tests_models_m2o_related_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_m2o_related_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_tests_models_m2o_required" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" INTEGER NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_tests_models_m2o_required_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_m2o_required_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_tests_models_m2o_required_related" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_tests_models_m2o_required_related_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_m2o_required_related_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_tests_models_o2m" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_tests_models_o2m_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_o2m_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_tests_models_o2m_child" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "parent_id" INTEGER,
    "value" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_tests_models_o2m_child_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_o2m_child_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "base_import_tests_models_o2m" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_o2m_child_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_import_tests_models_preview" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT,
    "somevalue" INTEGER NOT NULL,
    "othervalue" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_import_tests_models_preview_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_import_tests_models_preview_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_language_export" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT,
    "lang" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "data" BLOB,
    "state" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_language_export_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_language_export_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_language_import" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    "filename" TEXT NOT NULL,
    "overwrite" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_language_import_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_language_import_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_language_install" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "lang" TEXT NOT NULL,
    "overwrite" BOOLEAN,
    "state" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_language_install_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_language_install_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_language_install_website_rel" (
    "base_language_install_id" INTEGER NOT NULL,
    "website_id" INTEGER NOT NULL,
    CONSTRAINT "base_language_install_website_rel_base_language_install_id_fkey" FOREIGN KEY ("base_language_install_id") REFERENCES "base_language_install" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "base_language_install_website_rel_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_module_uninstall" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "show_all" BOOLEAN,
    "module_id" INTEGER NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_module_uninstall_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_module_uninstall_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "ir_module_module" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "base_module_uninstall_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_module_update" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updated" INTEGER,
    "added" INTEGER,
    "state" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_module_update_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_module_update_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_module_upgrade" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "module_info" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_module_upgrade_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_module_upgrade_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_partner_merge_automatic_wizard" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "group_by_email" BOOLEAN,
    "group_by_name" BOOLEAN,
    "group_by_is_company" BOOLEAN,
    "group_by_vat" BOOLEAN,
    "group_by_parent_id" BOOLEAN,
    "state" TEXT NOT NULL,
    "number_group" INTEGER,
    "current_line_id" INTEGER,
    "dst_partner_id" INTEGER,
    "exclude_contact" BOOLEAN,
    "exclude_journal_item" BOOLEAN,
    "maximum_group" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_partner_merge_automatic_wizard_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_partner_merge_automatic_wizard_current_line_id_fkey" FOREIGN KEY ("current_line_id") REFERENCES "base_partner_merge_line" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_partner_merge_automatic_wizard_dst_partner_id_fkey" FOREIGN KEY ("dst_partner_id") REFERENCES "res_partner" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_partner_merge_automatic_wizard_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_partner_merge_automatic_wizard_res_partner_rel" (
    "base_partner_merge_automatic_wizard_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "base_partner_merge_line" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "wizard_id" INTEGER,
    "min_id" INTEGER,
    "aggr_ids" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_partner_merge_line_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_partner_merge_line_wizard_id_fkey" FOREIGN KEY ("wizard_id") REFERENCES "base_partner_merge_automatic_wizard" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_partner_merge_line_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "base_update_translations" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "lang" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "base_update_translations_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "base_update_translations_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "bus_bus" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT,
    "message" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "bus_bus_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "bus_bus_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "bus_presence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "last_poll" DATETIME,
    "last_presence" DATETIME,
    "status" TEXT,
    CONSTRAINT "bus_presence_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "change_password_user" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "wizard_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "user_login" TEXT,
    "new_passwd" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "change_password_user_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "change_password_user_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "change_password_user_wizard_id_fkey" FOREIGN KEY ("wizard_id") REFERENCES "change_password_wizard" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "change_password_user_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "change_password_wizard" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "change_password_wizard_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "change_password_wizard_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "email_template_attachment_rel" (
    "email_template_id" INTEGER NOT NULL,
    "attachment_id" INTEGER NOT NULL,
    CONSTRAINT "email_template_attachment_rel_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "ir_attachment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "email_template_attachment_rel_email_template_id_fkey" FOREIGN KEY ("email_template_id") REFERENCES "mail_template" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "email_template_preview" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "res_id" TEXT,
    "name" TEXT,
    "model_id" INTEGER,
    "model" TEXT,
    "lang" TEXT,
    "user_signature" BOOLEAN,
    "subject" TEXT,
    "email_from" TEXT,
    "use_default_to" BOOLEAN,
    "email_to" TEXT,
    "partner_to" TEXT,
    "email_cc" TEXT,
    "reply_to" TEXT,
    "mail_server_id" INTEGER,
    "body_html" TEXT,
    "report_name" TEXT,
    "report_template" INTEGER,
    "ref_ir_act_window" INTEGER,
    "auto_delete" BOOLEAN,
    "model_object_field" INTEGER,
    "sub_object" INTEGER,
    "sub_model_object_field" INTEGER,
    "null_value" TEXT,
    "copyvalue" TEXT,
    "scheduled_date" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "email_template_preview_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "email_template_preview_mail_server_id_fkey" FOREIGN KEY ("mail_server_id") REFERENCES "ir_mail_server" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "email_template_preview_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ir_model" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "email_template_preview_model_object_field_fkey" FOREIGN KEY ("model_object_field") REFERENCES "ir_model_fields" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "email_template_preview_ref_ir_act_window_fkey" FOREIGN KEY ("ref_ir_act_window") REFERENCES "ir_act_window" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "email_template_preview_report_template_fkey" FOREIGN KEY ("report_template") REFERENCES "ir_act_report_xml" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "email_template_preview_sub_model_object_field_fkey" FOREIGN KEY ("sub_model_object_field") REFERENCES "ir_model_fields" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "email_template_preview_sub_object_fkey" FOREIGN KEY ("sub_object") REFERENCES "ir_model" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "email_template_preview_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "email_template_preview_res_partner_rel" (
    "email_template_preview_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL,
    CONSTRAINT "email_template_preview_res_partner_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "fetchmail_server" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "active" BOOLEAN,
    "state" TEXT,
    "server" TEXT,
    "port" INTEGER,
    "type" TEXT NOT NULL,
    "is_ssl" BOOLEAN,
    "attach" BOOLEAN,
    "original" BOOLEAN,
    "date" DATETIME,
    "user" TEXT,
    "password" TEXT,
    "object_id" INTEGER,
    "priority" INTEGER,
    "configuration" TEXT,
    "script" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "fetchmail_server_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "fetchmail_server_object_id_fkey" FOREIGN KEY ("object_id") REFERENCES "ir_model" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "fetchmail_server_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "iap_account" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "service_name" TEXT,
    "account_token" TEXT,
    "company_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "iap_account_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "iap_account_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "iap_account_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_act_client" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "help" TEXT,
    "binding_model_id" INTEGER,
    "binding_type" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "tag" TEXT NOT NULL,
    "target" TEXT,
    "res_model" TEXT,
    "context" TEXT NOT NULL,
    "params_store" BLOB,
    CONSTRAINT "ir_act_client_binding_model_id_fkey" FOREIGN KEY ("binding_model_id") REFERENCES "ir_model" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_client_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_client_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_act_report_xml" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "help" TEXT,
    "binding_model_id" INTEGER,
    "binding_type" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "model" TEXT NOT NULL,
    "report_type" TEXT NOT NULL,
    "report_name" TEXT NOT NULL,
    "report_file" TEXT,
    "multi" BOOLEAN,
    "paperformat_id" INTEGER,
    "print_report_name" TEXT,
    "attachment_use" BOOLEAN,
    "attachment" TEXT,
    CONSTRAINT "ir_act_report_xml_binding_model_id_fkey" FOREIGN KEY ("binding_model_id") REFERENCES "ir_model" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_report_xml_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_report_xml_paperformat_id_fkey" FOREIGN KEY ("paperformat_id") REFERENCES "report_paperformat" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_report_xml_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_act_server" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "help" TEXT,
    "binding_model_id" INTEGER,
    "binding_type" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "usage" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "sequence" INTEGER,
    "model_id" INTEGER NOT NULL,
    "model_name" TEXT,
    "code" TEXT,
    "crud_model_id" INTEGER,
    "link_field_id" INTEGER,
    "template_id" INTEGER,
    "activity_type_id" INTEGER,
    "activity_summary" TEXT,
    "activity_note" TEXT,
    "activity_date_deadline_range" INTEGER,
    "activity_date_deadline_range_type" TEXT,
    "activity_user_type" TEXT NOT NULL,
    "activity_user_id" INTEGER,
    "activity_user_field_name" TEXT,
    "website_path" TEXT,
    "website_published" BOOLEAN,
    CONSTRAINT "ir_act_server_activity_type_id_fkey" FOREIGN KEY ("activity_type_id") REFERENCES "mail_activity_type" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_server_activity_user_id_fkey" FOREIGN KEY ("activity_user_id") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_server_binding_model_id_fkey" FOREIGN KEY ("binding_model_id") REFERENCES "ir_model" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_server_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_server_crud_model_id_fkey" FOREIGN KEY ("crud_model_id") REFERENCES "ir_model" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_server_link_field_id_fkey" FOREIGN KEY ("link_field_id") REFERENCES "ir_model_fields" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_server_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ir_model" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_server_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "mail_template" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_server_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_act_server_mail_channel_rel" (
    "ir_act_server_id" INTEGER NOT NULL,
    "mail_channel_id" INTEGER NOT NULL,
    CONSTRAINT "ir_act_server_mail_channel_rel_ir_act_server_id_fkey" FOREIGN KEY ("ir_act_server_id") REFERENCES "ir_act_server" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_server_mail_channel_rel_mail_channel_id_fkey" FOREIGN KEY ("mail_channel_id") REFERENCES "mail_channel" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_act_server_res_partner_rel" (
    "ir_act_server_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL,
    CONSTRAINT "ir_act_server_res_partner_rel_ir_act_server_id_fkey" FOREIGN KEY ("ir_act_server_id") REFERENCES "ir_act_server" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_server_res_partner_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_act_url" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "help" TEXT,
    "binding_model_id" INTEGER,
    "binding_type" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "url" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    CONSTRAINT "ir_act_url_binding_model_id_fkey" FOREIGN KEY ("binding_model_id") REFERENCES "ir_model" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_url_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_url_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_act_window" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "help" TEXT,
    "binding_model_id" INTEGER,
    "binding_type" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "view_id" INTEGER,
    "domain" TEXT,
    "context" TEXT NOT NULL,
    "res_id" INTEGER,
    "res_model" TEXT NOT NULL,
    "src_model" TEXT,
    "target" TEXT,
    "view_mode" TEXT NOT NULL,
    "view_type" TEXT NOT NULL,
    "usage" TEXT,
    "limit" INTEGER,
    "search_view_id" INTEGER,
    "filter" BOOLEAN,
    "auto_search" BOOLEAN,
    "multi" BOOLEAN,
    CONSTRAINT "ir_act_window_binding_model_id_fkey" FOREIGN KEY ("binding_model_id") REFERENCES "ir_model" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_window_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_window_search_view_id_fkey" FOREIGN KEY ("search_view_id") REFERENCES "ir_ui_view" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_window_view_id_fkey" FOREIGN KEY ("view_id") REFERENCES "ir_ui_view" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_window_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_act_window_group_rel" (
    "act_id" INTEGER NOT NULL,
    "gid" INTEGER NOT NULL,
    CONSTRAINT "ir_act_window_group_rel_act_id_fkey" FOREIGN KEY ("act_id") REFERENCES "ir_act_window" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_window_group_rel_gid_fkey" FOREIGN KEY ("gid") REFERENCES "res_groups" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_act_window_view" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sequence" INTEGER,
    "view_id" INTEGER,
    "view_mode" TEXT NOT NULL,
    "act_window_id" INTEGER,
    "multi" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_act_window_view_act_window_id_fkey" FOREIGN KEY ("act_window_id") REFERENCES "ir_act_window" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_window_view_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_window_view_view_id_fkey" FOREIGN KEY ("view_id") REFERENCES "ir_ui_view" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_act_window_view_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_actions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "help" TEXT,
    "binding_model_id" INTEGER,
    "binding_type" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_actions_binding_model_id_fkey" FOREIGN KEY ("binding_model_id") REFERENCES "ir_model" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_actions_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_actions_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_actions_todo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "action_id" INTEGER NOT NULL,
    "sequence" INTEGER,
    "state" TEXT NOT NULL,
    "name" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_actions_todo_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_actions_todo_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_attachment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "datas_fname" TEXT,
    "description" TEXT,
    "res_name" TEXT,
    "res_model" TEXT,
    "res_model_name" TEXT,
    "res_field" TEXT,
    "res_id" INTEGER,
    "company_id" INTEGER,
    "type" TEXT NOT NULL,
    "url" TEXT,
    "public" BOOLEAN,
    "access_token" TEXT,
    "db_datas" BLOB,
    "store_fname" TEXT,
    "file_size" INTEGER,
    "checksum" TEXT,
    "mimetype" TEXT,
    "index_content" TEXT,
    "active" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "key" TEXT,
    "website_id" INTEGER,
    "theme_template_id" INTEGER,
    CONSTRAINT "ir_attachment_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_attachment_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_attachment_theme_template_id_fkey" FOREIGN KEY ("theme_template_id") REFERENCES "theme_ir_attachment" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_attachment_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_attachment_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_config_parameter" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_config_parameter_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_config_parameter_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_cron" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ir_actions_server_id" INTEGER NOT NULL,
    "cron_name" TEXT,
    "user_id" INTEGER NOT NULL,
    "active" BOOLEAN,
    "interval_number" INTEGER,
    "interval_type" TEXT,
    "numbercall" INTEGER,
    "doall" BOOLEAN,
    "nextcall" DATETIME NOT NULL,
    "priority" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_cron_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_cron_ir_actions_server_id_fkey" FOREIGN KEY ("ir_actions_server_id") REFERENCES "ir_act_server" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "ir_cron_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_default" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "field_id" INTEGER NOT NULL,
    "user_id" INTEGER,
    "company_id" INTEGER,
    "condition" TEXT,
    "json_value" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_default_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_default_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_default_field_id_fkey" FOREIGN KEY ("field_id") REFERENCES "ir_model_fields" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_default_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_default_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_demo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_demo_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_demo_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_demo_failure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "module_id" INTEGER NOT NULL,
    "error" TEXT,
    "wizard_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_demo_failure_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_demo_failure_wizard_id_fkey" FOREIGN KEY ("wizard_id") REFERENCES "ir_demo_failure_wizard" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_demo_failure_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_demo_failure_wizard" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_demo_failure_wizard_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_demo_failure_wizard_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_exports" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT,
    "resource" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_exports_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_exports_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_exports_line" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT,
    "export_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_exports_line_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_exports_line_export_id_fkey" FOREIGN KEY ("export_id") REFERENCES "ir_exports" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_exports_line_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_filters" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "user_id" INTEGER,
    "domain" TEXT NOT NULL,
    "context" TEXT NOT NULL,
    "sort" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "is_default" BOOLEAN,
    "action_id" INTEGER,
    "active" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_filters_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_filters_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_filters_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_logging" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "dbname" TEXT,
    "level" TEXT,
    "message" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "func" TEXT NOT NULL,
    "line" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "ir_mail_server" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "smtp_host" TEXT NOT NULL,
    "smtp_port" INTEGER NOT NULL,
    "smtp_user" TEXT,
    "smtp_pass" TEXT,
    "smtp_encryption" TEXT NOT NULL,
    "smtp_debug" BOOLEAN,
    "sequence" INTEGER,
    "active" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_mail_server_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_mail_server_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_model" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "info" TEXT,
    "state" TEXT,
    "transient" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "is_mail_thread" BOOLEAN,
    CONSTRAINT "ir_model_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_model_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_model_access" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "active" BOOLEAN,
    "model_id" INTEGER NOT NULL,
    "group_id" INTEGER,
    "perm_read" BOOLEAN,
    "perm_write" BOOLEAN,
    "perm_create" BOOLEAN,
    "perm_unlink" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_model_access_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_model_access_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "res_groups" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_model_access_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ir_model" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_model_access_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_model_constraint" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "definition" TEXT,
    "model" INTEGER NOT NULL,
    "module" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "date_update" DATETIME,
    "date_init" DATETIME,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_model_constraint_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_model_constraint_model_fkey" FOREIGN KEY ("model") REFERENCES "ir_model" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_model_constraint_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_model_data" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_date" DATETIME,
    "write_uid" INTEGER,
    "noupdate" BOOLEAN,
    "name" TEXT NOT NULL,
    "date_init" DATETIME,
    "date_update" DATETIME,
    "module" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "res_id" INTEGER,
    CONSTRAINT "ir_model_data_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_model_data_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_model_fields" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "complete_name" TEXT,
    "model" TEXT NOT NULL,
    "relation" TEXT,
    "relation_field" TEXT,
    "relation_field_id" INTEGER,
    "model_id" INTEGER NOT NULL,
    "field_description" TEXT NOT NULL,
    "help" TEXT,
    "ttype" TEXT NOT NULL,
    "selection" TEXT,
    "copied" BOOLEAN,
    "related" TEXT,
    "related_field_id" INTEGER,
    "required" BOOLEAN,
    "readonly" BOOLEAN,
    "index" BOOLEAN,
    "translate" BOOLEAN,
    "size" INTEGER,
    "state" TEXT NOT NULL,
    "on_delete" TEXT,
    "domain" TEXT,
    "selectable" BOOLEAN,
    "relation_table" TEXT,
    "column1" TEXT,
    "column2" TEXT,
    "compute" TEXT,
    "depends" TEXT,
    "store" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "track_visibility" TEXT,
    CONSTRAINT "ir_model_fields_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_model_fields_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ir_model" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_model_fields_related_field_id_fkey" FOREIGN KEY ("related_field_id") REFERENCES "ir_model_fields" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_model_fields_relation_field_id_fkey" FOREIGN KEY ("relation_field_id") REFERENCES "ir_model_fields" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_model_fields_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_model_fields_group_rel" (
    "field_id" INTEGER NOT NULL,
    "group_id" INTEGER NOT NULL,
    CONSTRAINT "ir_model_fields_group_rel_field_id_fkey" FOREIGN KEY ("field_id") REFERENCES "ir_model_fields" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_model_fields_group_rel_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "res_groups" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_model_relation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "model" INTEGER NOT NULL,
    "module" INTEGER NOT NULL,
    "date_update" DATETIME,
    "date_init" DATETIME,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_model_relation_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_model_relation_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_module_category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_date" DATETIME,
    "write_uid" INTEGER,
    "parent_id" INTEGER,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sequence" INTEGER,
    "visible" BOOLEAN,
    "exclusive" BOOLEAN,
    CONSTRAINT "ir_module_category_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_module_category_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "ir_module_category" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_module_category_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_module_module" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_date" DATETIME,
    "write_uid" INTEGER,
    "website" TEXT,
    "summary" TEXT,
    "name" TEXT NOT NULL,
    "author" TEXT,
    "icon" TEXT,
    "state" TEXT,
    "latest_version" TEXT,
    "shortdesc" TEXT,
    "category_id" INTEGER,
    "description" TEXT,
    "application" BOOLEAN DEFAULT false,
    "demo" BOOLEAN DEFAULT false,
    "web" BOOLEAN DEFAULT false,
    "license" TEXT,
    "sequence" INTEGER DEFAULT 100,
    "auto_install" BOOLEAN DEFAULT false,
    "to_buy" BOOLEAN DEFAULT false,
    "maintainer" TEXT,
    "contributors" TEXT,
    "published_version" TEXT,
    "url" TEXT,
    "menus_by_module" TEXT,
    "reports_by_module" TEXT,
    "views_by_module" TEXT,
    CONSTRAINT "ir_module_module_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "ir_module_category" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_module_module_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_module_module_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_module_module_dependency" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_date" DATETIME,
    "write_uid" INTEGER,
    "name" TEXT,
    "module_id" INTEGER,
    CONSTRAINT "ir_module_module_dependency_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_module_module_dependency_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "ir_module_module" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_module_module_dependency_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_module_module_exclusion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT,
    "module_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_module_module_exclusion_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_module_module_exclusion_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "ir_module_module" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_module_module_exclusion_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_property" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT,
    "res_id" TEXT,
    "company_id" INTEGER,
    "fields_id" INTEGER NOT NULL,
    "value_float" REAL,
    "value_integer" INTEGER,
    "value_text" TEXT,
    "value_binary" BLOB,
    "value_reference" TEXT,
    "value_datetime" DATETIME,
    "type" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_property_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_property_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_property_fields_id_fkey" FOREIGN KEY ("fields_id") REFERENCES "ir_model_fields" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_property_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_rule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT,
    "active" BOOLEAN,
    "model_id" INTEGER NOT NULL,
    "domain_force" TEXT,
    "perm_read" BOOLEAN,
    "perm_write" BOOLEAN,
    "perm_create" BOOLEAN,
    "perm_unlink" BOOLEAN,
    "global" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_rule_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_rule_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ir_model" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_rule_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_sequence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "implementation" TEXT NOT NULL,
    "active" BOOLEAN,
    "prefix" TEXT,
    "suffix" TEXT,
    "number_next" INTEGER NOT NULL,
    "number_increment" INTEGER NOT NULL,
    "padding" INTEGER NOT NULL,
    "company_id" INTEGER,
    "use_date_range" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_sequence_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_sequence_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_sequence_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_sequence_date_range" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "date_from" DATETIME NOT NULL,
    "date_to" DATETIME NOT NULL,
    "sequence_id" INTEGER NOT NULL,
    "number_next" INTEGER NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_sequence_date_range_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_sequence_date_range_sequence_id_fkey" FOREIGN KEY ("sequence_id") REFERENCES "ir_sequence" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_sequence_date_range_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_server_object_lines" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "server_id" INTEGER,
    "col1" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_server_object_lines_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_server_object_lines_server_id_fkey" FOREIGN KEY ("server_id") REFERENCES "ir_act_server" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_server_object_lines_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_translation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "res_id" INTEGER,
    "lang" TEXT,
    "type" TEXT,
    "src" TEXT,
    "value" TEXT,
    "module" TEXT,
    "state" TEXT,
    "comments" TEXT
);

-- CreateTable
CREATE TABLE "ir_ui_menu" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "parent_path" TEXT,
    "name" TEXT NOT NULL,
    "active" BOOLEAN,
    "sequence" INTEGER,
    "parent_id" INTEGER,
    "web_icon" TEXT,
    "action" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_ui_menu_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_ui_menu_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "ir_ui_menu" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "ir_ui_menu_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_ui_menu_group_rel" (
    "menu_id" INTEGER NOT NULL,
    "gid" INTEGER NOT NULL,
    CONSTRAINT "ir_ui_menu_group_rel_gid_fkey" FOREIGN KEY ("gid") REFERENCES "res_groups" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_ui_menu_group_rel_menu_id_fkey" FOREIGN KEY ("menu_id") REFERENCES "ir_ui_menu" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_ui_view" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "model" TEXT,
    "key" TEXT,
    "priority" INTEGER NOT NULL,
    "type" TEXT,
    "arch_db" TEXT,
    "arch_fs" TEXT,
    "inherit_id" INTEGER,
    "field_parent" TEXT,
    "mode" TEXT NOT NULL,
    "active" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "website_meta_title" TEXT,
    "website_meta_description" TEXT,
    "website_meta_keywords" TEXT,
    "website_meta_og_img" TEXT,
    "customize_show" BOOLEAN,
    "website_id" INTEGER,
    "theme_template_id" INTEGER,
    CONSTRAINT "ir_ui_view_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_ui_view_inherit_id_fkey" FOREIGN KEY ("inherit_id") REFERENCES "ir_ui_view" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "ir_ui_view_theme_template_id_fkey" FOREIGN KEY ("theme_template_id") REFERENCES "theme_ir_ui_view" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_ui_view_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_ui_view_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_ui_view_custom" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ref_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "arch" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "ir_ui_view_custom_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ir_ui_view_custom_ref_id_fkey" FOREIGN KEY ("ref_id") REFERENCES "ir_ui_view" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_ui_view_custom_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_ui_view_custom_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ir_ui_view_group_rel" (
    "view_id" INTEGER NOT NULL,
    "group_id" INTEGER NOT NULL,
    CONSTRAINT "ir_ui_view_group_rel_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "res_groups" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "ir_ui_view_group_rel_view_id_fkey" FOREIGN KEY ("view_id") REFERENCES "ir_ui_view" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_activity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "res_id" INTEGER NOT NULL,
    "res_model_id" INTEGER NOT NULL,
    "res_model" TEXT,
    "res_name" TEXT,
    "activity_type_id" INTEGER,
    "summary" TEXT,
    "note" TEXT,
    "feedback" TEXT,
    "date_deadline" DATETIME NOT NULL,
    "automated" BOOLEAN,
    "user_id" INTEGER NOT NULL,
    "create_user_id" INTEGER,
    "recommended_activity_type_id" INTEGER,
    "previous_activity_type_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "mail_activity_activity_type_id_fkey" FOREIGN KEY ("activity_type_id") REFERENCES "mail_activity_type" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "mail_activity_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_activity_create_user_id_fkey" FOREIGN KEY ("create_user_id") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_activity_previous_activity_type_id_fkey" FOREIGN KEY ("previous_activity_type_id") REFERENCES "mail_activity_type" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_activity_recommended_activity_type_id_fkey" FOREIGN KEY ("recommended_activity_type_id") REFERENCES "mail_activity_type" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_activity_res_model_id_fkey" FOREIGN KEY ("res_model_id") REFERENCES "ir_model" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_activity_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_activity_rel" (
    "activity_id" INTEGER NOT NULL,
    "recommended_id" INTEGER NOT NULL,
    CONSTRAINT "mail_activity_rel_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "mail_activity_type" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_activity_rel_recommended_id_fkey" FOREIGN KEY ("recommended_id") REFERENCES "mail_activity_type" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_activity_type" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "summary" TEXT,
    "sequence" INTEGER,
    "active" BOOLEAN,
    "delay_count" INTEGER,
    "delay_unit" TEXT NOT NULL,
    "delay_from" TEXT NOT NULL,
    "icon" TEXT,
    "decoration_type" TEXT,
    "res_model_id" INTEGER,
    "default_next_type_id" INTEGER,
    "force_next" BOOLEAN,
    "category" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "mail_activity_type_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_activity_type_default_next_type_id_fkey" FOREIGN KEY ("default_next_type_id") REFERENCES "mail_activity_type" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_activity_type_res_model_id_fkey" FOREIGN KEY ("res_model_id") REFERENCES "ir_model" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_activity_type_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_activity_type_mail_template_rel" (
    "mail_activity_type_id" INTEGER NOT NULL,
    "mail_template_id" INTEGER NOT NULL,
    CONSTRAINT "mail_activity_type_mail_template_rel_mail_activity_type_id_fkey" FOREIGN KEY ("mail_activity_type_id") REFERENCES "mail_activity_type" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_activity_type_mail_template_rel_mail_template_id_fkey" FOREIGN KEY ("mail_template_id") REFERENCES "mail_template" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_alias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "alias_name" TEXT,
    "alias_model_id" INTEGER NOT NULL,
    "alias_user_id" INTEGER,
    "alias_defaults" TEXT NOT NULL,
    "alias_force_thread_id" INTEGER,
    "alias_parent_model_id" INTEGER,
    "alias_parent_thread_id" INTEGER,
    "alias_contact" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "mail_alias_alias_model_id_fkey" FOREIGN KEY ("alias_model_id") REFERENCES "ir_model" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_alias_alias_parent_model_id_fkey" FOREIGN KEY ("alias_parent_model_id") REFERENCES "ir_model" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_alias_alias_user_id_fkey" FOREIGN KEY ("alias_user_id") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_alias_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_alias_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_blacklist" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "message_main_attachment_id" INTEGER,
    "email" TEXT NOT NULL,
    "active" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "mail_blacklist_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_blacklist_message_main_attachment_id_fkey" FOREIGN KEY ("message_main_attachment_id") REFERENCES "ir_attachment" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_blacklist_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_channel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "alias_id" INTEGER NOT NULL,
    "message_main_attachment_id" INTEGER,
    "name" TEXT NOT NULL,
    "channel_type" TEXT,
    "description" TEXT,
    "uuid" TEXT,
    "email_send" BOOLEAN,
    "public" TEXT NOT NULL,
    "group_public_id" INTEGER,
    "moderation" BOOLEAN,
    "moderation_notify" BOOLEAN,
    "moderation_notify_msg" TEXT,
    "moderation_guidelines" BOOLEAN,
    "moderation_guidelines_msg" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "mail_channel_alias_id_fkey" FOREIGN KEY ("alias_id") REFERENCES "mail_alias" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "mail_channel_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_channel_group_public_id_fkey" FOREIGN KEY ("group_public_id") REFERENCES "res_groups" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_channel_message_main_attachment_id_fkey" FOREIGN KEY ("message_main_attachment_id") REFERENCES "ir_attachment" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_channel_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_channel_mail_wizard_invite_rel" (
    "mail_wizard_invite_id" INTEGER NOT NULL,
    "mail_channel_id" INTEGER NOT NULL,
    CONSTRAINT "mail_channel_mail_wizard_invite_rel_mail_channel_id_fkey" FOREIGN KEY ("mail_channel_id") REFERENCES "mail_channel" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_channel_mail_wizard_invite_rel_mail_wizard_invite_id_fkey" FOREIGN KEY ("mail_wizard_invite_id") REFERENCES "mail_wizard_invite" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_channel_moderator_rel" (
    "mail_channel_id" INTEGER NOT NULL,
    "res_users_id" INTEGER NOT NULL,
    CONSTRAINT "mail_channel_moderator_rel_mail_channel_id_fkey" FOREIGN KEY ("mail_channel_id") REFERENCES "mail_channel" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_channel_moderator_rel_res_users_id_fkey" FOREIGN KEY ("res_users_id") REFERENCES "res_users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_channel_partner" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partner_id" INTEGER,
    "channel_id" INTEGER,
    "seen_message_id" INTEGER,
    "fold_state" TEXT,
    "is_minimized" BOOLEAN,
    "is_pinned" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "mail_channel_partner_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "mail_channel" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_channel_partner_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_channel_partner_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_channel_partner_seen_message_id_fkey" FOREIGN KEY ("seen_message_id") REFERENCES "mail_message" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_channel_partner_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_channel_res_groups_rel" (
    "mail_channel_id" INTEGER NOT NULL,
    "res_groups_id" INTEGER NOT NULL,
    CONSTRAINT "mail_channel_res_groups_rel_mail_channel_id_fkey" FOREIGN KEY ("mail_channel_id") REFERENCES "mail_channel" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_channel_res_groups_rel_res_groups_id_fkey" FOREIGN KEY ("res_groups_id") REFERENCES "res_groups" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_compose_message" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "composition_mode" TEXT,
    "use_active_domain" BOOLEAN,
    "active_domain" TEXT,
    "is_log" BOOLEAN,
    "subject" TEXT,
    "notify" BOOLEAN,
    "auto_delete" BOOLEAN,
    "auto_delete_message" BOOLEAN,
    "template_id" INTEGER,
    "message_type" TEXT NOT NULL,
    "subtype_id" INTEGER,
    "date" DATETIME,
    "body" TEXT,
    "parent_id" INTEGER,
    "model" TEXT,
    "res_id" INTEGER,
    "record_name" TEXT,
    "mail_activity_type_id" INTEGER,
    "email_from" TEXT,
    "author_id" INTEGER,
    "no_auto_thread" BOOLEAN,
    "message_id" TEXT,
    "reply_to" TEXT,
    "mail_server_id" INTEGER,
    "moderation_status" TEXT,
    "moderator_id" INTEGER,
    "layout" TEXT,
    "add_sign" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "website_published" BOOLEAN,
    CONSTRAINT "mail_compose_message_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "res_partner" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_compose_message_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_compose_message_mail_activity_type_id_fkey" FOREIGN KEY ("mail_activity_type_id") REFERENCES "mail_activity_type" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_compose_message_mail_server_id_fkey" FOREIGN KEY ("mail_server_id") REFERENCES "ir_mail_server" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_compose_message_moderator_id_fkey" FOREIGN KEY ("moderator_id") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_compose_message_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "mail_message" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_compose_message_subtype_id_fkey" FOREIGN KEY ("subtype_id") REFERENCES "mail_message_subtype" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_compose_message_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "mail_template" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_compose_message_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_compose_message_ir_attachments_rel" (
    "wizard_id" INTEGER NOT NULL,
    "attachment_id" INTEGER NOT NULL,
    CONSTRAINT "mail_compose_message_ir_attachments_rel_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "ir_attachment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_compose_message_ir_attachments_rel_wizard_id_fkey" FOREIGN KEY ("wizard_id") REFERENCES "mail_compose_message" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_compose_message_res_partner_rel" (
    "wizard_id" INTEGER NOT NULL,
    "partner_id" INTEGER NOT NULL,
    CONSTRAINT "mail_compose_message_res_partner_rel_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_compose_message_res_partner_rel_wizard_id_fkey" FOREIGN KEY ("wizard_id") REFERENCES "mail_compose_message" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_followers" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "res_model" TEXT NOT NULL,
    "res_id" INTEGER,
    "partner_id" INTEGER,
    "channel_id" INTEGER,
    CONSTRAINT "mail_followers_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "mail_channel" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_followers_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_followers_mail_message_subtype_rel" (
    "mail_followers_id" INTEGER NOT NULL,
    "mail_message_subtype_id" INTEGER NOT NULL,
    CONSTRAINT "mail_followers_mail_message_subtype_rel_mail_followers_id_fkey" FOREIGN KEY ("mail_followers_id") REFERENCES "mail_followers" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_mail" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "mail_message_id" INTEGER NOT NULL,
    "body_html" TEXT,
    "references" TEXT,
    "headers" TEXT,
    "notification" BOOLEAN,
    "email_to" TEXT,
    "email_cc" TEXT,
    "state" TEXT,
    "auto_delete" BOOLEAN,
    "failure_reason" TEXT,
    "scheduled_date" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "fetchmail_server_id" INTEGER,
    CONSTRAINT "mail_mail_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_mail_fetchmail_server_id_fkey" FOREIGN KEY ("fetchmail_server_id") REFERENCES "fetchmail_server" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_mail_mail_message_id_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_message" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_mail_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_mail_res_partner_rel" (
    "mail_mail_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL,
    CONSTRAINT "mail_mail_res_partner_rel_mail_mail_id_fkey" FOREIGN KEY ("mail_mail_id") REFERENCES "mail_mail" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_mail_res_partner_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_message" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subject" TEXT,
    "date" DATETIME,
    "body" TEXT,
    "parent_id" INTEGER,
    "model" TEXT,
    "res_id" INTEGER,
    "record_name" TEXT,
    "message_type" TEXT NOT NULL,
    "subtype_id" INTEGER,
    "mail_activity_type_id" INTEGER,
    "email_from" TEXT,
    "author_id" INTEGER,
    "no_auto_thread" BOOLEAN,
    "message_id" TEXT,
    "reply_to" TEXT,
    "mail_server_id" INTEGER,
    "moderation_status" TEXT,
    "moderator_id" INTEGER,
    "layout" TEXT,
    "add_sign" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "website_published" BOOLEAN,
    CONSTRAINT "mail_message_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "res_partner" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_message_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_message_mail_activity_type_id_fkey" FOREIGN KEY ("mail_activity_type_id") REFERENCES "mail_activity_type" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_message_mail_server_id_fkey" FOREIGN KEY ("mail_server_id") REFERENCES "ir_mail_server" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_message_moderator_id_fkey" FOREIGN KEY ("moderator_id") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_message_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "mail_message" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_message_subtype_id_fkey" FOREIGN KEY ("subtype_id") REFERENCES "mail_message_subtype" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_message_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_message_mail_channel_rel" (
    "mail_message_id" INTEGER NOT NULL,
    "mail_channel_id" INTEGER NOT NULL,
    CONSTRAINT "mail_message_mail_channel_rel_mail_channel_id_fkey" FOREIGN KEY ("mail_channel_id") REFERENCES "mail_channel" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_message_mail_channel_rel_mail_message_id_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_message" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_message_res_partner_needaction_rel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "mail_message_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL,
    "is_read" BOOLEAN,
    "is_email" BOOLEAN,
    "email_status" TEXT,
    "mail_id" INTEGER,
    "failure_type" TEXT,
    "failure_reason" TEXT,
    CONSTRAINT "mail_message_res_partner_needaction_rel_mail_id_fkey" FOREIGN KEY ("mail_id") REFERENCES "mail_mail" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_message_res_partner_needaction_rel_mail_message_id_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_message" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_message_res_partner_needaction_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_message_res_partner_needaction_rel_mail_resend_message_rel" (
    "mail_resend_message_id" INTEGER NOT NULL,
    "mail_message_res_partner_needaction_rel_id" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "mail_message_res_partner_rel" (
    "mail_message_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL,
    CONSTRAINT "mail_message_res_partner_rel_mail_message_id_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_message" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_message_res_partner_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_message_res_partner_starred_rel" (
    "mail_message_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL,
    CONSTRAINT "mail_message_res_partner_starred_rel_mail_message_id_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_message" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_message_res_partner_starred_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_message_subtype" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "internal" BOOLEAN,
    "parent_id" INTEGER,
    "relation_field" TEXT,
    "res_model" TEXT,
    "default" BOOLEAN,
    "sequence" INTEGER,
    "hidden" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "mail_message_subtype_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_message_subtype_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "mail_message_subtype" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_message_subtype_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_moderation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "channel_id" INTEGER NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "mail_moderation_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_moderation_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_resend_cancel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "model" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "mail_resend_cancel_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_resend_cancel_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_resend_message" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "mail_message_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "mail_resend_message_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_resend_message_mail_message_id_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_message" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_resend_message_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_resend_partner" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partner_id" INTEGER NOT NULL,
    "resend" BOOLEAN,
    "resend_wizard_id" INTEGER,
    "message" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "mail_resend_partner_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_resend_partner_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_resend_partner_resend_wizard_id_fkey" FOREIGN KEY ("resend_wizard_id") REFERENCES "mail_resend_message" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_resend_partner_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_shortcode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "source" TEXT NOT NULL,
    "substitution" TEXT NOT NULL,
    "description" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "mail_shortcode_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_shortcode_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_template" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT,
    "model_id" INTEGER,
    "model" TEXT,
    "lang" TEXT,
    "user_signature" BOOLEAN,
    "subject" TEXT,
    "email_from" TEXT,
    "use_default_to" BOOLEAN,
    "email_to" TEXT,
    "partner_to" TEXT,
    "email_cc" TEXT,
    "reply_to" TEXT,
    "mail_server_id" INTEGER,
    "body_html" TEXT,
    "report_name" TEXT,
    "report_template" INTEGER,
    "ref_ir_act_window" INTEGER,
    "auto_delete" BOOLEAN,
    "model_object_field" INTEGER,
    "sub_object" INTEGER,
    "sub_model_object_field" INTEGER,
    "null_value" TEXT,
    "copyvalue" TEXT,
    "scheduled_date" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "mail_template_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_template_mail_server_id_fkey" FOREIGN KEY ("mail_server_id") REFERENCES "ir_mail_server" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_template_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "ir_model" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_template_model_object_field_fkey" FOREIGN KEY ("model_object_field") REFERENCES "ir_model_fields" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_template_ref_ir_act_window_fkey" FOREIGN KEY ("ref_ir_act_window") REFERENCES "ir_act_window" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_template_report_template_fkey" FOREIGN KEY ("report_template") REFERENCES "ir_act_report_xml" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_template_sub_model_object_field_fkey" FOREIGN KEY ("sub_model_object_field") REFERENCES "ir_model_fields" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_template_sub_object_fkey" FOREIGN KEY ("sub_object") REFERENCES "ir_model" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_template_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_tracking_value" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "field" TEXT NOT NULL,
    "field_desc" TEXT NOT NULL,
    "field_type" TEXT,
    "old_value_integer" INTEGER,
    "old_value_float" REAL,
    "old_value_monetary" REAL,
    "old_value_char" TEXT,
    "old_value_text" TEXT,
    "old_value_datetime" DATETIME,
    "new_value_integer" INTEGER,
    "new_value_float" REAL,
    "new_value_monetary" REAL,
    "new_value_char" TEXT,
    "new_value_text" TEXT,
    "new_value_datetime" DATETIME,
    "mail_message_id" INTEGER NOT NULL,
    "track_sequence" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "mail_tracking_value_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_tracking_value_mail_message_id_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_message" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_tracking_value_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_wizard_invite" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "res_model" TEXT NOT NULL,
    "res_id" INTEGER,
    "message" TEXT,
    "send_mail" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "mail_wizard_invite_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "mail_wizard_invite_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "mail_wizard_invite_res_partner_rel" (
    "mail_wizard_invite_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL,
    CONSTRAINT "mail_wizard_invite_res_partner_rel_mail_wizard_invite_id_fkey" FOREIGN KEY ("mail_wizard_invite_id") REFERENCES "mail_wizard_invite" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "mail_wizard_invite_res_partner_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "message_attachment_rel" (
    "message_id" INTEGER NOT NULL,
    "attachment_id" INTEGER NOT NULL,
    CONSTRAINT "message_attachment_rel_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "ir_attachment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "message_attachment_rel_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "mail_message" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "portal_share" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "res_model" TEXT NOT NULL,
    "res_id" INTEGER NOT NULL,
    "note" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "portal_share_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "portal_share_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "portal_share_res_partner_rel" (
    "portal_share_id" INTEGER NOT NULL,
    "res_partner_id" INTEGER NOT NULL,
    CONSTRAINT "portal_share_res_partner_rel_portal_share_id_fkey" FOREIGN KEY ("portal_share_id") REFERENCES "portal_share" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "portal_share_res_partner_rel_res_partner_id_fkey" FOREIGN KEY ("res_partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "portal_wizard" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "welcome_message" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "portal_wizard_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "portal_wizard_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "portal_wizard_user" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "wizard_id" INTEGER NOT NULL,
    "partner_id" INTEGER NOT NULL,
    "email" TEXT,
    "in_portal" BOOLEAN,
    "user_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "portal_wizard_user_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "portal_wizard_user_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "portal_wizard_user_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "portal_wizard_user_wizard_id_fkey" FOREIGN KEY ("wizard_id") REFERENCES "portal_wizard" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "portal_wizard_user_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "rel_modules_langexport" (
    "wiz_id" INTEGER NOT NULL,
    "module_id" INTEGER NOT NULL,
    CONSTRAINT "rel_modules_langexport_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "ir_module_module" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "rel_modules_langexport_wiz_id_fkey" FOREIGN KEY ("wiz_id") REFERENCES "base_language_export" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "rel_server_actions" (
    "server_id" INTEGER NOT NULL,
    "action_id" INTEGER NOT NULL,
    CONSTRAINT "rel_server_actions_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "ir_act_server" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "rel_server_actions_server_id_fkey" FOREIGN KEY ("server_id") REFERENCES "ir_act_server" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "report_layout" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "view_id" INTEGER NOT NULL,
    "image" TEXT,
    "pdf" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "report_layout_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "report_layout_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "report_paperformat" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "default" BOOLEAN,
    "format" TEXT,
    "margin_top" REAL,
    "margin_bottom" REAL,
    "margin_left" REAL,
    "margin_right" REAL,
    "page_height" INTEGER,
    "page_width" INTEGER,
    "orientation" TEXT,
    "header_line" BOOLEAN,
    "header_spacing" INTEGER,
    "dpi" INTEGER NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "report_paperformat_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "report_paperformat_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_bank" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "street" TEXT,
    "street2" TEXT,
    "zip" TEXT,
    "city" TEXT,
    "state" INTEGER,
    "country" INTEGER,
    "email" TEXT,
    "phone" TEXT,
    "active" BOOLEAN,
    "bic" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_bank_country_fkey" FOREIGN KEY ("country") REFERENCES "res_country" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_bank_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_bank_state_fkey" FOREIGN KEY ("state") REFERENCES "res_country_state" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_bank_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_company" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "partner_id" INTEGER NOT NULL,
    "currency_id" INTEGER NOT NULL,
    "sequence" INTEGER,
    "create_date" DATETIME,
    "parent_id" INTEGER,
    "report_header" TEXT,
    "report_footer" TEXT,
    "logo_web" BLOB,
    "account_no" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "company_registry" TEXT,
    "paperformat_id" INTEGER,
    "external_report_layout_id" INTEGER,
    "base_onboarding_company_state" TEXT,
    "create_uid" INTEGER,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "social_twitter" TEXT,
    "social_facebook" TEXT,
    "social_github" TEXT,
    "social_linkedin" TEXT,
    "social_youtube" TEXT,
    "social_googleplus" TEXT,
    "social_instagram" TEXT,
    "partner_gid" INTEGER,
    "snailmail_color" BOOLEAN,
    "snailmail_duplex" BOOLEAN,
    CONSTRAINT "res_company_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_company_external_report_layout_id_fkey" FOREIGN KEY ("external_report_layout_id") REFERENCES "ir_ui_view" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_company_paperformat_id_fkey" FOREIGN KEY ("paperformat_id") REFERENCES "report_paperformat" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_company_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "res_company" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_company_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_company_users_rel" (
    "cid" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    CONSTRAINT "res_company_users_rel_cid_fkey" FOREIGN KEY ("cid") REFERENCES "res_company" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "res_company_users_rel_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_config" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_config_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_config_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_config_installer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_config_installer_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_config_installer_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_config_settings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
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
    "alias_domain" TEXT,
    "unsplash_access_key" TEXT,
    "auth_signup_reset_password" BOOLEAN,
    "auth_signup_uninvited" TEXT,
    "auth_signup_template_user_id" INTEGER,
    "website_id" INTEGER,
    "module_website_version" BOOLEAN,
    "module_website_links" BOOLEAN,
    "group_multi_website" BOOLEAN,
    CONSTRAINT "res_config_settings_auth_signup_template_user_id_fkey" FOREIGN KEY ("auth_signup_template_user_id") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_config_settings_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_config_settings_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "res_config_settings_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_country" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "address_format" TEXT,
    "address_view_id" INTEGER,
    "currency_id" INTEGER,
    "phone_code" INTEGER,
    "name_position" TEXT,
    "vat_label" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_country_address_view_id_fkey" FOREIGN KEY ("address_view_id") REFERENCES "ir_ui_view" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_country_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_country_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "res_currency" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_country_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_country_group" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_country_group_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_country_group_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_country_res_country_group_rel" (
    "res_country_id" INTEGER NOT NULL,
    "res_country_group_id" INTEGER NOT NULL,
    CONSTRAINT "res_country_res_country_group_rel_res_country_group_id_fkey" FOREIGN KEY ("res_country_group_id") REFERENCES "res_country_group" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "res_country_res_country_group_rel_res_country_id_fkey" FOREIGN KEY ("res_country_id") REFERENCES "res_country" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_country_state" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "country_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_country_state_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_country_state_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_currency" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "rounding" DECIMAL,
    "decimal_places" INTEGER,
    "active" BOOLEAN,
    "position" TEXT,
    "currency_unit_label" TEXT,
    "currency_subunit_label" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_currency_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_currency_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_currency_rate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" DATETIME NOT NULL,
    "rate" DECIMAL,
    "currency_id" INTEGER,
    "company_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_currency_rate_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_currency_rate_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_currency_rate_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "res_currency" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_currency_rate_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_groups" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "comment" TEXT,
    "category_id" INTEGER,
    "color" INTEGER,
    "share" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_groups_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "ir_module_category" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_groups_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_groups_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_groups_implied_rel" (
    "gid" INTEGER NOT NULL,
    "hid" INTEGER NOT NULL,
    CONSTRAINT "res_groups_implied_rel_gid_fkey" FOREIGN KEY ("gid") REFERENCES "res_groups" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "res_groups_implied_rel_hid_fkey" FOREIGN KEY ("hid") REFERENCES "res_groups" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_groups_report_rel" (
    "uid" INTEGER NOT NULL,
    "gid" INTEGER NOT NULL,
    CONSTRAINT "res_groups_report_rel_gid_fkey" FOREIGN KEY ("gid") REFERENCES "res_groups" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "res_groups_report_rel_uid_fkey" FOREIGN KEY ("uid") REFERENCES "ir_act_report_xml" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_groups_users_rel" (
    "gid" INTEGER NOT NULL,
    "uid" INTEGER NOT NULL,
    CONSTRAINT "res_groups_users_rel_gid_fkey" FOREIGN KEY ("gid") REFERENCES "res_groups" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "res_groups_users_rel_uid_fkey" FOREIGN KEY ("uid") REFERENCES "res_users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_lang" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "iso_code" TEXT,
    "translatable" BOOLEAN,
    "active" BOOLEAN,
    "direction" TEXT NOT NULL,
    "date_format" TEXT NOT NULL,
    "time_format" TEXT NOT NULL,
    "week_start" INTEGER NOT NULL,
    "grouping" TEXT NOT NULL,
    "decimal_point" TEXT NOT NULL,
    "thousands_sep" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_lang_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_lang_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_partner" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT,
    "company_id" INTEGER,
    "create_date" DATETIME,
    "display_name" TEXT,
    "date" DATETIME,
    "title" INTEGER,
    "parent_id" INTEGER,
    "ref" TEXT,
    "lang" TEXT,
    "tz" TEXT,
    "user_id" INTEGER,
    "vat" TEXT,
    "website" TEXT,
    "comment" TEXT,
    "credit_limit" REAL,
    "barcode" TEXT,
    "active" BOOLEAN,
    "customer" BOOLEAN,
    "supplier" BOOLEAN,
    "employee" BOOLEAN,
    "function" TEXT,
    "type" TEXT,
    "street" TEXT,
    "street2" TEXT,
    "zip" TEXT,
    "city" TEXT,
    "state_id" INTEGER,
    "country_id" INTEGER,
    "email" TEXT,
    "phone" TEXT,
    "mobile" TEXT,
    "is_company" BOOLEAN,
    "industry_id" INTEGER,
    "color" INTEGER,
    "partner_share" BOOLEAN,
    "commercial_partner_id" INTEGER,
    "commercial_company_name" TEXT,
    "company_name" TEXT,
    "create_uid" INTEGER,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "message_main_attachment_id" INTEGER,
    "message_bounce" INTEGER,
    "signup_token" TEXT,
    "signup_type" TEXT,
    "signup_expiration" DATETIME,
    "partner_gid" INTEGER,
    "additional_info" TEXT,
    "website_id" INTEGER,
    CONSTRAINT "res_partner_commercial_partner_id_fkey" FOREIGN KEY ("commercial_partner_id") REFERENCES "res_partner" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "res_country" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_industry_id_fkey" FOREIGN KEY ("industry_id") REFERENCES "res_partner_industry" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_message_main_attachment_id_fkey" FOREIGN KEY ("message_main_attachment_id") REFERENCES "ir_attachment" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "res_partner" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_state_id_fkey" FOREIGN KEY ("state_id") REFERENCES "res_country_state" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_title_fkey" FOREIGN KEY ("title") REFERENCES "res_partner_title" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_partner_autocomplete_sync" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partner_id" INTEGER,
    "synched" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_partner_autocomplete_sync_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_autocomplete_sync_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_autocomplete_sync_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_partner_bank" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "acc_number" TEXT NOT NULL,
    "sanitized_acc_number" TEXT,
    "acc_holder_name" TEXT,
    "partner_id" INTEGER NOT NULL,
    "bank_id" INTEGER,
    "sequence" INTEGER,
    "currency_id" INTEGER,
    "company_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_partner_bank_bank_id_fkey" FOREIGN KEY ("bank_id") REFERENCES "res_bank" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_bank_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "res_company" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_bank_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_bank_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "res_currency" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_bank_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_bank_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_partner_category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "parent_path" TEXT,
    "name" TEXT NOT NULL,
    "color" INTEGER,
    "parent_id" INTEGER,
    "active" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_partner_category_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_category_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "res_partner_category" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_category_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_partner_industry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT,
    "full_name" TEXT,
    "active" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_partner_industry_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_industry_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_partner_res_partner_category_rel" (
    "category_id" INTEGER NOT NULL,
    "partner_id" INTEGER NOT NULL,
    CONSTRAINT "res_partner_res_partner_category_rel_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "res_partner_category" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_res_partner_category_rel_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_partner_title" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "shortcut" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_partner_title_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_partner_title_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_users" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "active" BOOLEAN DEFAULT true,
    "login" TEXT NOT NULL,
    "password" TEXT,
    "company_id" INTEGER NOT NULL,
    "partner_id" INTEGER NOT NULL,
    "create_date" DATETIME,
    "signature" TEXT,
    "action_id" INTEGER,
    "share" BOOLEAN,
    "create_uid" INTEGER,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "alias_id" INTEGER,
    "notification_type" TEXT NOT NULL,
    "odoobot_state" TEXT NOT NULL,
    "website_id" INTEGER,
    CONSTRAINT "res_users_alias_id_fkey" FOREIGN KEY ("alias_id") REFERENCES "mail_alias" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_users_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_users_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "res_partner" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "res_users_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_users_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "res_users_log" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "res_users_log_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "res_users_log_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "rule_group_rel" (
    "rule_group_id" INTEGER NOT NULL,
    "group_id" INTEGER NOT NULL,
    CONSTRAINT "rule_group_rel_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "res_groups" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "rule_group_rel_rule_group_id_fkey" FOREIGN KEY ("rule_group_id") REFERENCES "ir_rule" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "sms_send_sms" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "recipients" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "sms_send_sms_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "sms_send_sms_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "snailmail_letter" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER,
    "model" TEXT NOT NULL,
    "res_id" INTEGER NOT NULL,
    "partner_id" INTEGER NOT NULL,
    "company_id" INTEGER NOT NULL,
    "report_template" INTEGER,
    "attachment_id" INTEGER,
    "color" BOOLEAN,
    "duplex" BOOLEAN,
    "state" TEXT,
    "info_msg" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "snailmail_letter_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "ir_attachment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "snailmail_letter_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "snailmail_letter_report_template_fkey" FOREIGN KEY ("report_template") REFERENCES "ir_act_report_xml" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "snailmail_letter_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "snailmail_letter_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "theme_ir_attachment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "url" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "theme_ir_attachment_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "theme_ir_attachment_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "theme_ir_ui_view" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "key" TEXT,
    "type" TEXT,
    "priority" INTEGER NOT NULL,
    "mode" TEXT,
    "active" BOOLEAN,
    "arch" TEXT,
    "arch_fs" TEXT,
    "inherit_id" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "theme_ir_ui_view_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "theme_ir_ui_view_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "theme_website_menu" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "page_id" INTEGER,
    "new_window" BOOLEAN,
    "sequence" INTEGER,
    "parent_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "theme_website_menu_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "theme_website_menu_page_id_fkey" FOREIGN KEY ("page_id") REFERENCES "theme_website_page" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "theme_website_menu_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "theme_website_menu" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "theme_website_menu_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "theme_website_page" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" TEXT,
    "view_id" INTEGER NOT NULL,
    "website_indexed" BOOLEAN,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "theme_website_page_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "theme_website_page_view_id_fkey" FOREIGN KEY ("view_id") REFERENCES "theme_ir_ui_view" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "theme_website_page_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "web_editor_converter_test" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "char" TEXT,
    "integer" INTEGER,
    "float" REAL,
    "numeric" DECIMAL,
    "many2one" INTEGER,
    "binary" BLOB,
    "date" DATETIME,
    "datetime" DATETIME,
    "selection" INTEGER,
    "selection_str" TEXT,
    "html" TEXT,
    "text" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "web_editor_converter_test_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "web_editor_converter_test_many2one_fkey" FOREIGN KEY ("many2one") REFERENCES "web_editor_converter_test_sub" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "web_editor_converter_test_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "web_editor_converter_test_sub" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "web_editor_converter_test_sub_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "web_editor_converter_test_sub_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "web_tour_tour" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "user_id" INTEGER,
    CONSTRAINT "web_tour_tour_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "website" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "domain" TEXT,
    "company_id" INTEGER NOT NULL,
    "default_lang_id" INTEGER NOT NULL,
    "default_lang_code" TEXT,
    "auto_redirect_lang" BOOLEAN,
    "social_twitter" TEXT,
    "social_facebook" TEXT,
    "social_github" TEXT,
    "social_linkedin" TEXT,
    "social_youtube" TEXT,
    "social_googleplus" TEXT,
    "social_instagram" TEXT,
    "google_analytics_key" TEXT,
    "google_management_client_id" TEXT,
    "google_management_client_secret" TEXT,
    "google_maps_api_key" TEXT,
    "user_id" INTEGER NOT NULL,
    "cdn_activated" BOOLEAN,
    "cdn_url" TEXT,
    "cdn_filters" TEXT,
    "homepage_id" INTEGER,
    "favicon" BLOB,
    "theme_id" INTEGER,
    "specific_user_account" BOOLEAN,
    "auth_signup_uninvited" TEXT,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "website_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "website_homepage_id_fkey" FOREIGN KEY ("homepage_id") REFERENCES "website_page" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "website_theme_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "ir_module_module" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "website_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "website_country_group_rel" (
    "website_id" INTEGER NOT NULL,
    "country_group_id" INTEGER NOT NULL,
    CONSTRAINT "website_country_group_rel_country_group_id_fkey" FOREIGN KEY ("country_group_id") REFERENCES "res_country_group" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "website_country_group_rel_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "website_lang_rel" (
    "website_id" INTEGER NOT NULL,
    "lang_id" INTEGER NOT NULL,
    CONSTRAINT "website_lang_rel_lang_id_fkey" FOREIGN KEY ("lang_id") REFERENCES "res_lang" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "website_lang_rel_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "website_menu" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "parent_path" TEXT,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "page_id" INTEGER,
    "new_window" BOOLEAN,
    "sequence" INTEGER,
    "website_id" INTEGER,
    "parent_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "theme_template_id" INTEGER,
    CONSTRAINT "website_menu_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "website_menu_page_id_fkey" FOREIGN KEY ("page_id") REFERENCES "website_page" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "website_menu_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "website_menu" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "website_menu_theme_template_id_fkey" FOREIGN KEY ("theme_template_id") REFERENCES "theme_website_menu" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "website_menu_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "website_menu_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "website_page" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "is_published" BOOLEAN,
    "url" TEXT,
    "view_id" INTEGER NOT NULL,
    "website_indexed" BOOLEAN,
    "date_publish" DATETIME,
    "header_overlay" BOOLEAN,
    "header_color" TEXT,
    "website_id" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    "theme_template_id" INTEGER,
    CONSTRAINT "website_page_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "website_page_theme_template_id_fkey" FOREIGN KEY ("theme_template_id") REFERENCES "theme_website_page" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "website_page_view_id_fkey" FOREIGN KEY ("view_id") REFERENCES "ir_ui_view" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "website_page_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "website_page_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "website_redirect" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "type" TEXT NOT NULL,
    "url_from" TEXT NOT NULL,
    "url_to" TEXT NOT NULL,
    "website_id" INTEGER,
    "active" BOOLEAN,
    "sequence" INTEGER,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "website_redirect_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "website_redirect_website_id_fkey" FOREIGN KEY ("website_id") REFERENCES "website" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "website_redirect_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "wizard_ir_model_menu_create" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "menu_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "create_uid" INTEGER,
    "create_date" DATETIME,
    "write_uid" INTEGER,
    "write_date" DATETIME,
    CONSTRAINT "wizard_ir_model_menu_create_create_uid_fkey" FOREIGN KEY ("create_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "wizard_ir_model_menu_create_menu_id_fkey" FOREIGN KEY ("menu_id") REFERENCES "ir_ui_menu" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "wizard_ir_model_menu_create_write_uid_fkey" FOREIGN KEY ("write_uid") REFERENCES "res_users" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
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
CREATE UNIQUE INDEX "email_template_attachment_rel_email_template_id_attachment_id_key" ON "email_template_attachment_rel"("email_template_id", "attachment_id");

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
CREATE UNIQUE INDEX "ir_act_server_res_partner_rel_ir_act_server_id_res_partner_id_key" ON "ir_act_server_res_partner_rel"("ir_act_server_id", "res_partner_id");

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
CREATE UNIQUE INDEX "mail_message_mail_channel_rel_mail_message_id_mail_channel_id_key" ON "mail_message_mail_channel_rel"("mail_message_id", "mail_channel_id");

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
