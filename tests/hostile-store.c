/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loads FILE as the annotation store of bundle BUNDLE_ID, the way the window and the command line
 * load it: a copy is put in a new folder in FOLDER as BUNDLE_ID.annotations.json and read by
 * BriefingAnnotationStore. Prints "FILE: N annotations" and exits 0 when it loads, or the store's
 * message and exits 1; the folder is removed. Used by tests/hostile/run.py for tests/hostile/stores/. */
#define G_LOG_DOMAIN "briefing-hostile-store"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "briefing-annotation-store.h"

static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(BriefingAnnotationStore) store = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *template = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  gboolean loaded;

  if (argc != 4)
    {
      fprintf (stderr, "usage: %s BUNDLE_ID FILE FOLDER\n", argv[0]);
      return 2;
    }

  template = g_build_filename (argv[3], "store-XXXXXX", NULL);
  dir = g_mkdtemp (template) != NULL ? g_strdup (template) : NULL;
  if (dir == NULL)
    {
      fprintf (stderr, "cannot make a folder in %s\n", argv[3]);
      return 2;
    }
  name = g_strconcat (argv[1], ".annotations.json", NULL);
  path = g_build_filename (dir, name, NULL);
  source = g_file_new_for_path (argv[2]);
  target = g_file_new_for_path (path);
  if (!g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      remove_folder (dir);
      return 2;
    }

  store = briefing_annotation_store_new (argv[1], dir);
  loaded = briefing_annotation_store_load (store, &error);
  if (loaded)
    printf ("%s: %u annotations\n", argv[2], g_list_model_get_n_items (G_LIST_MODEL (store)));
  else
    printf ("%s: %s\n", argv[2], error->message);

  g_clear_object (&store);
  remove_folder (dir);
  return loaded ? 0 : 1;
}
