/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Saves that fail, for everything Briefing saves: a bundle being edited (BriefingDocument), a bundle
 * written by briefing_bundle_save_to_file(), the annotation store, and a briefing exported as JSON
 * and as PDF. The place is a folder that may not be written, a file that may not be written, a
 * file where a folder is expected, or a disk that is full (a small tmpfs, mounted in a mount
 * namespace of a child process, so that nothing outside the test sees it). Each time: an error
 * naming the cause (and the folder where it is the folder's fault) and, where the user reads it,
 * the file; the data still in memory (the document still unsaved with its edit, the notes still
 * there and unsaved); nothing left in the folder, an old file unchanged; and, once the cause is
 * gone, a retry that saves it. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include "briefing-bundle-edit.h"
#include "composer-test-utils.h"
#include "fault-test-utils.h"

typedef enum
{
  SAVE_DOCUMENT,
  SAVE_BUNDLE,
  SAVE_NOTES,
  EXPORT_JSON,
  EXPORT_PDF,
  N_SAVERS
} Saver;

static const char * const saver_names[] = { "document", "bundle", "notes", "json", "pdf" };

typedef struct
{
  char                    *dir;
  BriefingBundle          *bundle;
  BriefingDocument        *document;
  BriefingComposition     *composition;
  BriefingAnnotationStore *store;  /* made by the test, in the folder it tries */
  guint                    n_edits;  /* of the document's title */
  guint                    n_notes;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  BriefingExportOptions options;

  fixture->dir = make_temp_dir ();
  fixture->bundle = load_sample ();
  fixture->document = briefing_document_new (fixture->bundle, NULL);
  test_options_init (&options);
  fixture->composition = briefing_compose (fixture->bundle, NULL, &options);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->composition, briefing_composition_unref);
  g_clear_object (&fixture->document);
  g_clear_object (&fixture->bundle);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Where @saver writes in @folder. */
static char *
target_path (Fixture    *fixture,
             Saver       saver,
             const char *folder)
{
  switch (saver)
    {
    case SAVE_DOCUMENT:
    case SAVE_BUNDLE:
      return g_build_filename (folder, "talks.bundle.json", NULL);
    case SAVE_NOTES:
      return g_strdup (briefing_annotation_store_get_path (fixture->store));
    case EXPORT_JSON:
      return g_build_filename (folder, "talks.briefing.json", NULL);
    case EXPORT_PDF:
      return g_build_filename (folder, "talks.pdf", NULL);
    case N_SAVERS:
    default:
      g_assert_not_reached ();
    }
}

/* Something to save in @folder: an edit of the bundle, a new note (in a store made there). */
static void
change (Fixture    *fixture,
        Saver       saver,
        const char *folder)
{
  g_autofree char *title = NULL;

  if (saver == SAVE_NOTES && fixture->store == NULL)
    {
      fixture->store = briefing_annotation_store_new (SAMPLE_ID, folder);
      g_assert_true (briefing_annotation_store_load (fixture->store, NULL));
      briefing_annotation_store_set_save_delay (fixture->store, G_MAXUINT);
    }

  if (saver == SAVE_NOTES)
    {
      g_autoptr(BriefingAnnotation) note = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);

      title = g_strdup_printf ("Note %u", ++fixture->n_notes);
      briefing_annotation_set_note (note, title);
      briefing_annotation_store_add (fixture->store, note);
      g_assert_true (briefing_annotation_store_get_dirty (fixture->store));
    }
  else
    {
      title = g_strdup_printf ("Talks, edit %u", ++fixture->n_edits);
      g_assert_true (briefing_document_set_title (fixture->document, title, NULL));
      g_assert_true (briefing_document_get_modified (fixture->document));
    }
}

static gboolean
save (Fixture     *fixture,
      Saver        saver,
      const char  *folder,
      GError     **error)
{
  g_autofree char *path = target_path (fixture, saver, folder);

  switch (saver)
    {
    case SAVE_DOCUMENT:
      {
        g_autoptr(GFile) file = g_file_new_for_path (path);

        return briefing_document_save (fixture->document, file, error);
      }
    case SAVE_BUNDLE:
      return briefing_bundle_save_to_file (fixture->bundle, path, error);
    case SAVE_NOTES:
      return briefing_annotation_store_flush (fixture->store, error);
    case EXPORT_JSON:
      return briefing_export_write (fixture->composition, BRIEFING_EXPORT_JSON, NULL, path, NULL, NULL, error);
    case EXPORT_PDF:
      return briefing_export_write (fixture->composition, BRIEFING_EXPORT_PDF, NULL, path, NULL, NULL, error);
    case N_SAVERS:
    default:
      g_assert_not_reached ();
    }
}

/* What a failed save must leave: an error with @code holding @cause (and @folder_named when not
 * NULL), the data in memory and unsaved, the folder as it was (@before), an old file (@old, NULL
 * when there was none) unchanged. */
static void
assert_failed_cleanly (Fixture            *fixture,
                       Saver               saver,
                       const char         *folder,
                       const GError       *error,
                       int                 code,
                       const char         *cause,
                       const char         *folder_named,
                       const char * const *before,
                       const char         *old)
{
  g_autofree char *path = target_path (fixture, saver, folder);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *now = NULL;
  g_autofree char *title = g_strdup_printf ("Talks, edit %u", fixture->n_edits);
  const char *shown = NULL;

  g_test_message ("%s: %s", saver_names[saver], error->message);
  g_assert_error (error, G_IO_ERROR, code);
  g_assert_nonnull (strstr (error->message, cause));
  if (folder_named != NULL)
    g_assert_nonnull (strstr (error->message, folder_named));

  /* What the user is shown names the file. */
  if (saver == SAVE_DOCUMENT)
    {
      shown = briefing_document_get_error_message (fixture->document);
      g_assert_true (briefing_document_get_modified (fixture->document));
      g_assert_cmpstr (briefing_document_get_title (fixture->document), ==, title);
    }
  else if (saver == SAVE_NOTES)
    {
      shown = briefing_annotation_store_get_error_message (fixture->store);
      g_assert_true (briefing_annotation_store_get_dirty (fixture->store));
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, fixture->n_notes);
    }
  if (shown != NULL)
    {
      g_assert_nonnull (strstr (shown, name));
      g_assert_nonnull (strstr (shown, cause));
    }
  else
    g_assert_true (saver != SAVE_DOCUMENT && saver != SAVE_NOTES);

  /* No partial or hidden file, and the old one as it was. */
  fault_assert_dir (folder, before);
  if (old != NULL)
    {
      g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
      g_assert_cmpstr (now, ==, old);
    }
  else
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The retry, once the cause is gone: saved, and the file holds what memory holds. */
static void
assert_retry_saves (Fixture    *fixture,
                    Saver       saver,
                    const char *folder)
{
  g_autofree char *path = target_path (fixture, saver, folder);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (save (fixture, saver, folder, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  if (saver == SAVE_DOCUMENT || saver == SAVE_BUNDLE)
    {
      g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
      g_autoptr(GBytes) bytes = g_bytes_new (contents, length);
      g_autoptr(BriefingBundle) read = briefing_bundle_reader_read_bytes (reader, bytes, &error);

      g_assert_no_error (error);
      g_assert_true (briefing_bundle_equal (read, fixture->bundle));
      if (saver == SAVE_DOCUMENT)
        {
          g_assert_false (briefing_document_get_modified (fixture->document));
          g_assert_null (briefing_document_get_error_message (fixture->document));
        }
    }
  else if (saver == SAVE_NOTES)
    {
      g_autoptr(BriefingAnnotationStore) again = briefing_annotation_store_new (SAMPLE_ID, folder);

      g_assert_false (briefing_annotation_store_get_dirty (fixture->store));
      g_assert_null (briefing_annotation_store_get_error_message (fixture->store));
      g_assert_true (briefing_annotation_store_load (again, NULL));
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, fixture->n_notes);
    }
  else if (saver == EXPORT_JSON)
    g_assert_true (g_str_has_prefix (contents, "{"));
  else
    g_assert_true (g_str_has_prefix (contents, "%PDF-") && g_strstr_len (contents + length - 8, 8, "%%EOF"));
}

static char *
make_folder (Fixture    *fixture,
             Saver       saver,
             const char *what)
{
  g_autofree char *name = g_strdup_printf ("%s-%s", what, saver_names[saver]);
  char *folder = g_build_filename (fixture->dir, name, NULL);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  return folder;
}

static const char * const empty[] = { NULL };

static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  for (Saver saver = 0; saver < N_SAVERS; saver++)
    {
      g_autofree char *folder = make_folder (fixture, saver, "read-only");
      g_autoptr(GError) error = NULL;

      if (!fault_make_unwritable (folder))
        {
          g_test_skip ("no way to make a folder read-only here");
          return;
        }
      change (fixture, saver, folder);
      g_assert_false (save (fixture, saver, folder, &error));
      assert_failed_cleanly (fixture, saver, folder, error, G_IO_ERROR_PERMISSION_DENIED,
                             "you may not write in the folder", folder, empty, NULL);

      fault_make_writable (folder);
      assert_retry_saves (fixture, saver, folder);
    }
}

/* A file that was saved once, and may not be written now. */
static void
test_read_only_file (Fixture       *fixture,
                     gconstpointer  data)
{
  for (Saver saver = 0; saver < N_SAVERS; saver++)
    {
      g_autofree char *folder = make_folder (fixture, saver, "read-only-file");
      g_autofree char *path = NULL;
      g_autofree char *name = NULL;
      g_autofree char *old = NULL;
      g_autoptr(GError) error = NULL;
      const char *before[2] = { NULL, NULL };

      change (fixture, saver, folder);
      g_assert_true (save (fixture, saver, folder, &error));
      g_assert_no_error (error);
      path = target_path (fixture, saver, folder);
      name = g_path_get_basename (path);
      before[0] = name;
      g_assert_true (g_file_get_contents (path, &old, NULL, NULL));

      if (!fault_make_unwritable (path))
        {
          g_test_skip ("no way to make a file read-only here");
          return;
        }
      change (fixture, saver, folder);
      g_assert_false (save (fixture, saver, folder, &error));
      assert_failed_cleanly (fixture, saver, folder, error, G_IO_ERROR_PERMISSION_DENIED, "the file is read-only",
                             NULL, before, old);

      fault_make_writable (path);
      assert_retry_saves (fixture, saver, folder);
    }
}

/* A file where the folder should be: the folder's name was taken. */
static void
test_not_a_folder (Fixture       *fixture,
                   gconstpointer  data)
{
  for (Saver saver = 0; saver < N_SAVERS; saver++)
    {
      g_autofree char *name = g_strdup_printf ("file-%s", saver_names[saver]);
      g_autofree char *in_the_way = g_build_filename (fixture->dir, name, NULL);
      g_autofree char *folder = g_build_filename (in_the_way, "inside", NULL);
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (in_the_way, "not a folder", -1, NULL));
      change (fixture, saver, folder);
      g_assert_false (save (fixture, saver, folder, &error));
      /* The store makes its folder, and says so. */
      if (saver == SAVE_NOTES)
        {
          g_assert_nonnull (strstr (error->message, "could not create the folder"));
          g_assert_nonnull (strstr (briefing_annotation_store_get_error_message (fixture->store), folder));
          g_assert_true (briefing_annotation_store_get_dirty (fixture->store));
          g_test_message ("%s: %s", saver_names[saver], error->message);
        }
      else
        {
          g_autofree char *cause = g_strdup_printf ("“%s” is not a folder", in_the_way);

          assert_failed_cleanly (fixture, saver, folder, error, G_IO_ERROR_NOT_DIRECTORY, cause, NULL, empty, NULL);
        }

      g_assert_cmpint (g_unlink (in_the_way), ==, 0);
      g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
      assert_retry_saves (fixture, saver, folder);
    }
}

/* Disk full */

#define DISK_SIZE "512k"

/* Fills the disk of @folder to the last byte with @path. */
static void
fill_disk (const char *path)
{
  g_autofree char *block = g_malloc0 (4096);
  FILE *f = fopen (path, "w");
  gsize written = 0;

  g_assert_nonnull (f);
  setvbuf (f, NULL, _IONBF, 0);
  while (fwrite (block, 1, 4096, f) == 4096)
    written += 4096;
  while (fwrite (block, 1, 1, f) == 1)
    written++;
  g_assert_cmpint (errno, ==, ENOSPC);
  fclose (f);
  g_assert_cmpuint (written, >, 0);
}

static gboolean
write_proc (const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename ("/proc/self", name, NULL);
  int fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);
  gboolean ok;

  /* Written in place: these files take one write, not a file renamed over them. */
  if (fd < 0)
    return FALSE;
  ok = write (fd, text, strlen (text)) == (gssize) strlen (text);
  close (fd);
  return ok;
}

/* A private mount namespace with a small tmpfs on @dir, which only this process sees. Not as
 * root, in a user namespace of its own where it keeps its ids. */
static gboolean
mount_small_disk (const char *dir)
{
  uid_t uid = geteuid ();
  gid_t gid = getegid ();

  if (uid != 0)
    {
      g_autofree char *uid_map = g_strdup_printf ("%u %u 1", (guint) uid, (guint) uid);
      g_autofree char *gid_map = g_strdup_printf ("%u %u 1", (guint) gid, (guint) gid);

      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0 || !write_proc ("setgroups", "deny") ||
          !write_proc ("uid_map", uid_map) || !write_proc ("gid_map", gid_map))
        return FALSE;
    }
  else if (unshare (CLONE_NEWNS) != 0)
    return FALSE;

  /* Nothing mounted here may reach the rest of the system. */
  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    return FALSE;
  return mount ("briefing-test", dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=" DISK_SIZE ",mode=0777") == 0;
}

static gboolean
can_mount_small_disk (const char *dir)
{
  int status;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    _exit (mount_small_disk (dir) ? 0 : 1);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
run_disk_full (Fixture *fixture)
{
  g_autofree char *disk = g_build_filename (fixture->dir, "disk", NULL);

  g_assert_cmpint (g_mkdir (disk, 0755), ==, 0);
  g_assert_true (mount_small_disk (disk));

  for (Saver saver = 0; saver < N_SAVERS; saver++)
    {
      g_autofree char *folder = make_folder (fixture, saver, "disk/full");
      g_autofree char *filler = g_build_filename (disk, "filler", NULL);
      g_autofree char *path = NULL;
      g_autofree char *name = NULL;
      g_autofree char *old = NULL;
      g_autoptr(GError) error = NULL;
      const char *before[2] = { NULL, NULL };

      change (fixture, saver, folder);
      g_assert_true (save (fixture, saver, folder, &error));
      g_assert_no_error (error);
      path = target_path (fixture, saver, folder);
      name = g_path_get_basename (path);
      before[0] = name;
      g_assert_true (g_file_get_contents (path, &old, NULL, NULL));

      fill_disk (filler);
      change (fixture, saver, folder);
      g_assert_false (save (fixture, saver, folder, &error));
      assert_failed_cleanly (fixture, saver, folder, error, G_IO_ERROR_NO_SPACE, "the disk is full", folder,
                             before, old);

      g_assert_cmpint (g_unlink (filler), ==, 0);
      assert_retry_saves (fixture, saver, folder);
    }

  g_clear_object (&fixture->store);
  remove_tree (disk);
  g_assert_cmpint (umount (disk), ==, 0);
}

static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *disk = NULL;

  /* In a child, whose fixture has a folder of its own. */
  if (g_test_subprocess ())
    {
      run_disk_full (fixture);
      return;
    }

  disk = g_build_filename (fixture->dir, "disk", NULL);
  g_assert_cmpint (g_mkdir (disk, 0755), ==, 0);
  if (!can_mount_small_disk (disk))
    {
      g_test_skip ("no mount namespace for a small tmpfs here");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/save/faults/read-only-folder", Fixture, NULL, fixture_set_up, test_read_only_folder,
              fixture_tear_down);
  g_test_add ("/save/faults/read-only-file", Fixture, NULL, fixture_set_up, test_read_only_file, fixture_tear_down);
  g_test_add ("/save/faults/not-a-folder", Fixture, NULL, fixture_set_up, test_not_a_folder, fixture_tear_down);
  g_test_add ("/save/faults/disk-full", Fixture, NULL, fixture_set_up, test_disk_full, fixture_tear_down);

  return g_test_run ();
}
