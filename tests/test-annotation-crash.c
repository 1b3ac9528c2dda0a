/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Crash safety of the annotation store. A child process (this program again, with --child) saves
 * a store as fast as it can, each save one more annotation: the states on disk are {1}, {1, 2},
 * {1, 2, 3}… The parent kills it with SIGKILL at a random moment once it has loaded the store, and
 * checks that the file loads cleanly and holds exactly {1..N} for some N, never less than before.
 * Repeated many times. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "annotation-test-utils.h"

#define ITERATIONS 250
#define MAX_DELAY_US 20000
#define ID_FORMAT "urn:uuid:00000000-0000-4000-8000-%012u"

static char *self_path;

/* The note makes each annotation a few hundred bytes, so that writes take long enough to be hit. */
static int
run_child (const char *dir)
{
  g_autoptr(BriefingAnnotationStore) store = briefing_annotation_store_new (BUNDLE_ID, dir);
  g_autofree char *filler = g_strnfill (300, 'x');
  guint n;

  if (!briefing_annotation_store_load (store, NULL))
    return 3;
  briefing_annotation_store_set_save_delay (store, G_MAXUINT);

  /* The parent's clock starts now, so that slow start-ups (sanitizers) do not eat the delay. */
  if (write (STDOUT_FILENO, "r", 1) != 1)
    return 5;

  for (n = g_list_model_get_n_items (G_LIST_MODEL (store)) + 1;; n++)
    {
      g_autoptr(BriefingAnnotation) annotation = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
      g_autofree char *id = g_strdup_printf (ID_FORMAT, n);
      g_autofree char *note = g_strdup_printf ("Annotation %u %s", n, filler);

      briefing_annotation_set_id (annotation, id);
      briefing_annotation_set_note (annotation, note);
      briefing_annotation_store_add (store, annotation);
      if (!briefing_annotation_store_flush (store, NULL))
        return 4;
    }
}

/* The number N of a store holding exactly {1..N}; fails the test otherwise. */
static guint
complete_state (BriefingAnnotationStore *store)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *id = g_strdup_printf (ID_FORMAT, i);

      if (briefing_annotation_store_lookup (store, id) == NULL)
        g_error ("torn state: %u annotations, but %s is missing", n, id);
    }

  return n;
}

/* Files the store left beside its own: temporary files of writes that were killed. */
static guint
count_other_files (const char *dir,
                   const char *store_path)
{
  g_autofree char *base = g_path_get_basename (store_path);
  g_autofree char *prefix = g_strconcat (base, ".", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  /* Killed before the first save: no folder yet. */
  if (d == NULL)
    return 0;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      if (g_str_equal (name, base))
        continue;
      /* Nothing was ever moved aside: the file always read back. */
      g_assert_null (strstr (name, ".corrupt-"));
      g_assert_true (g_str_has_prefix (name, prefix));
      g_assert_cmpuint (strlen (name), ==, strlen (prefix) + 6);
      n++;
    }

  return n;
}

static void
test_kill_while_saving (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *argv[] = { self_path, "--child", fixture->dir, NULL };
  gint64 start = g_get_monotonic_time ();
  guint previous = 0, n = 0, n_progress = 0, n_leftover = 0;

  for (guint i = 0; i < ITERATIONS; i++)
    {
      g_autoptr(BriefingAnnotationStore) store = briefing_annotation_store_new (BUNDLE_ID, fixture->dir);
      g_autoptr(GError) error = NULL;
      GPid pid;
      int status, out;
      char ready;

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, NULL, &out, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (read (out, &ready, 1), ==, 1);
      close (out);

      g_usleep (g_test_rand_int_range (0, MAX_DELAY_US + 1));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      while (waitpid (pid, &status, 0) < 0)
        g_assert_cmpint (errno, ==, EINTR);
      g_spawn_close_pid (pid);
      /* Killed, not stopped by an error of its own. */
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

      g_assert_true (briefing_annotation_store_load (store, &error));
      g_assert_no_error (error);
      g_assert_null (briefing_annotation_store_get_error_message (store));

      n = complete_state (store);
      g_assert_cmpuint (n, >=, previous);
      n_progress += n > previous;
      previous = n;

      n_leftover = count_other_files (fixture->dir, briefing_annotation_store_get_path (store));
    }

  g_test_message ("%u kills in %.1f s; %u saved states reached, %u annotations at the end; "
                  "%u temporary files of killed writes left, none read",
                  ITERATIONS, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC,
                  n_progress, n, n_leftover);
  /* The kills must also land while saving, not only before the first save. */
  g_assert_cmpuint (n_progress, >, ITERATIONS / 10);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (self_path == NULL)
    self_path = g_canonicalize_filename (argv[0], NULL);

  g_test_init (&argc, &argv, NULL);
  g_test_add ("/annotation-store/crash/kill-while-saving", Fixture, NULL,
              fixture_set_up, test_kill_while_saving, fixture_tear_down);

  return g_test_run ();
}
