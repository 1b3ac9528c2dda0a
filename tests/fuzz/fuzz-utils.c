/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-utils"

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "briefing-bundle-reader.h"
#include "fuzz-utils.h"

static char *tmp_dir;

/* Messages (a store file set aside, …) would drown libFuzzer's own output; warnings and worse
 * are written. */
static GLogWriterOutput
write_log (GLogLevelFlags   level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG))
    return G_LOG_WRITER_HANDLED;
  g_log_writer_default (level, fields, n_fields, user_data);
  /* GLib ends on a fatal message with SIGTRAP, which libFuzzer does not catch: it would lose the
   * input. abort() is a crash it saves. */
  if (level & (G_LOG_FLAG_FATAL | G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL))
    abort ();
  return G_LOG_WRITER_HANDLED;
}

void
fuzz_init (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_log_set_writer_func (write_log, NULL, NULL);
}

BriefingBundle *
fuzz_get_sample_bundle (void)
{
  static BriefingBundle *bundle;

  if (bundle == NULL)
    {
      g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
      g_autoptr(GFile) file = g_file_new_build_filename (SOURCE_SAMPLES_DIR, "istanbul-talks-2025.bundle.json", NULL);
      g_autoptr(GError) error = NULL;

      bundle = briefing_bundle_reader_read_file (reader, file, NULL, &error);
      if (bundle == NULL)
        g_error ("The sample bundle does not read: %s", error->message);
    }
  return bundle;
}

BriefingBundle *
fuzz_new_bundle (const char *id)
{
  BriefingBundle *bundle = briefing_bundle_new (id, "Fuzz");
  BriefingDate created;

  if (!briefing_date_parse_date_time ("2025-06-03T09:00:00Z", &created, NULL))
    g_assert_not_reached ();
  briefing_bundle_set_language (bundle, "en");
  briefing_bundle_set_created (bundle, &created);
  return bundle;
}

BriefingExtractRules *
fuzz_get_rules (void)
{
  static BriefingExtractRules *rules;

  if (rules == NULL)
    {
      g_autoptr(GError) error = NULL;

      rules = briefing_extract_rules_new_builtin ("en", &error);
      if (rules == NULL)
        g_error ("The built-in rules do not load: %s", error->message);
    }
  return rules;
}

static void
remove_tmp_dir (void)
{
  fuzz_clear_tmp_dir ();
  g_rmdir (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
}

const char *
fuzz_get_tmp_dir (void)
{
  if (tmp_dir == NULL)
    {
      g_autoptr(GError) error = NULL;

      tmp_dir = g_dir_make_tmp ("briefing-fuzz-XXXXXX", &error);
      if (tmp_dir == NULL)
        g_error ("No temporary folder: %s", error->message);
      atexit (remove_tmp_dir);
    }
  return tmp_dir;
}

void
fuzz_clear_tmp_dir (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (tmp_dir == NULL || (dir = g_dir_open (tmp_dir, 0, NULL)) == NULL)
    return;
  /* The targets write plain files only. */
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

      g_unlink (path);
    }
}
