/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes the sample bundle's briefing, with annotations, as Briefing JSON in several variants into
 * the folder given, for tests/check-briefing.py to check against data/briefing.schema.json. */
#include "config.h"

#include "composer-test-utils.h"

static void
write_variant (BriefingBundle          *bundle,
               BriefingAnnotationStore *store,
               BriefingExportOptions   *options,
               const char              *dir,
               const char              *name)
{
  g_autoptr(BriefingComposition) composition = briefing_compose (bundle, store, options);
  g_autofree char *file_name = g_strconcat (name, ".briefing.json", NULL);
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  g_autoptr(GError) error = NULL;

  if (!briefing_export_write (composition, BRIEFING_EXPORT_JSON, NULL, path, NULL, NULL, &error))
    g_error ("%s: %s", path, error->message);
  briefing_export_options_clear (options);
  test_options_init (options);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(BriefingAnnotationStore) store = NULL;
  g_autofree char *store_dir = NULL;
  BriefingExportOptions options;

  if (argc != 2)
    {
      g_printerr ("usage: write-briefings DIR\n");
      return 2;
    }

  store_dir = make_temp_dir ();
  bundle = load_sample ();
  store = sample_store (store_dir, bundle);
  test_options_init (&options);

  options.prepared_by = g_strdup ("Desk A");
  options.summary = g_strdup ("Humanitarian track only.");
  write_variant (bundle, store, &options, argv[1], "all");

  options.grouping = BRIEFING_GROUP_BY_TAG;
  write_variant (bundle, store, &options, argv[1], "by-tag");

  options.from = parse_date ("2025-05");
  options.to = parse_date ("2025-05");
  write_variant (bundle, store, &options, argv[1], "may");

  options.party_ids = g_strsplit ("ru,tr", ",", -1);
  write_variant (bundle, store, &options, argv[1], "russia-turkiye");

  options.sections = BRIEFING_SECTION_ALL & ~BRIEFING_SECTION_SOURCES;
  write_variant (bundle, store, &options, argv[1], "no-sources");

  options.sections = BRIEFING_SECTION_COVER;
  write_variant (bundle, store, &options, argv[1], "cover");

  options.from = parse_date ("2024");
  options.to = parse_date ("2024");
  write_variant (bundle, store, &options, argv[1], "empty");

  write_variant (bundle, NULL, &options, argv[1], "no-annotations");

  briefing_export_options_clear (&options);
  g_clear_object (&store);
  remove_tree (store_dir);
  return 0;
}
