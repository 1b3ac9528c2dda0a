/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-settings"

#include "config.h"

#include "briefing-settings.h"

GSettings *
briefing_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchemaSource) build_source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  if (schema == NULL && g_file_test (BUILD_SCHEMAS_DIR "/gschemas.compiled", G_FILE_TEST_EXISTS))
    {
      build_source = g_settings_schema_source_new_from_directory (BUILD_SCHEMAS_DIR, source, FALSE, NULL);
      if (build_source != NULL)
        schema = g_settings_schema_source_lookup (build_source, APP_ID, FALSE);
    }

  if (schema == NULL)
    {
      g_warning ("The settings schema %s is not installed; settings will not be kept", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}
