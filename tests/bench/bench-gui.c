/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's side of the benchmarks, run under Xvfb by tests/bench/run.py. Prints one
 * "name value" line per figure (milliseconds or MB).
 *
 *   bench-gui first-frame [FILE]   from BENCH_T0_NS (CLOCK_MONOTONIC, set by the caller just
 *                                  before it starts this process) to the first painted frame, and
 *                                  with FILE to the first frame that shows the bundle
 *   bench-gui load-stall FILE      opens FILE in a shown window and reports the longest time the
 *                                  main loop went without running a 1 ms timer or a frame, until
 *                                  the bundle is shown and then over the 3 s after, while the
 *                                  views finish in idle time
 *   bench-gui list-scroll N        an article list of N articles scrolled a page at a time and
 *                                  jumped about: the time of each frame's work, and from each
 *                                  scroll to its painted frame */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefing-application.h"
#include "briefing-article-list.h"
#include "briefing-core.h"
#include "briefing-window.h"

static GFile *bundle_file;
static gint64 t0;
static gboolean first_done;
static GtkWindow *window;

/* Load stall */
static gint64 last_timer, last_tick;
static gint64 max_timer_gap, max_tick_gap;
static gint64 load_start;
static gboolean loading;
static gint64 shown_at;
static gint64 max_settle_timer_gap, max_settle_tick_gap;

/* How long after the bundle is shown the main loop is still watched. */
#define SETTLE_US (3 * G_USEC_PER_SEC)

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return -1;
  return g_ascii_strtod (line + 6, NULL) / 1024.0;
}

static gboolean
bundle_shown (void)
{
  return !briefing_window_get_loading (BRIEFING_WINDOW (window)) &&
         briefing_window_get_bundle (BRIEFING_WINDOW (window)) != NULL;
}

/* First frame */

static void
first_frame_after_paint (GdkFrameClock *clock,
                         gpointer       user_data)
{
  double ms = (g_get_monotonic_time () * 1000 - t0) / 1e6;

  if (!first_done)
    {
      first_done = TRUE;
      printf ("first-frame %.1f\n", ms);
      printf ("first-frame-rss %.1f\n", rss_mb ());
      if (bundle_file == NULL)
        {
          fflush (stdout);
          _exit (0);
        }
    }

  if (bundle_file != NULL && bundle_shown ())
    {
      printf ("bundle-frame %.1f\n", ms);
      fflush (stdout);
      _exit (0);
    }
  /* Keep frames coming until the bundle is shown. */
  gtk_widget_queue_draw (GTK_WIDGET (window));
}

static void
first_frame_realize (GtkWidget *widget)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (first_frame_after_paint), NULL);
}

static void
first_frame_window_added (GtkApplication *app,
                          GtkWindow      *added)
{
  window = added;
  g_signal_connect (added, "realize", G_CALLBACK (first_frame_realize), NULL);
}

static int
run_first_frame (const char *path)
{
  g_autoptr(BriefingApplication) app = briefing_application_new ();
  const char *t0_env = g_getenv ("BENCH_T0_NS");
  char *args[] = { "briefing", (char *) path, NULL };

  t0 = t0_env != NULL ? g_ascii_strtoll (t0_env, NULL, 10) : g_get_monotonic_time () * 1000;
  if (path != NULL)
    bundle_file = g_file_new_for_path (path);
  g_signal_connect (app, "window-added", G_CALLBACK (first_frame_window_added), NULL);
  return g_application_run (G_APPLICATION (app), path != NULL ? 2 : 1, args);
}

/* Load stall */

static gboolean
stall_timer (gpointer user_data)
{
  gint64 now = g_get_monotonic_time ();

  if (loading)
    max_timer_gap = MAX (max_timer_gap, now - last_timer);
  else if (shown_at != 0)
    max_settle_timer_gap = MAX (max_settle_timer_gap, now - last_timer);
  last_timer = now;
  return G_SOURCE_CONTINUE;
}

static gboolean
stall_tick (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       user_data)
{
  gint64 now = g_get_monotonic_time ();

  if (loading)
    max_tick_gap = MAX (max_tick_gap, now - last_tick);
  else if (shown_at != 0)
    max_settle_tick_gap = MAX (max_settle_tick_gap, now - last_tick);
  last_tick = now;

  if (loading && bundle_shown ())
    {
      printf ("stall-load-ms %.1f\n", (now - load_start) / 1000.0);
      printf ("stall-timer-max %.1f\n", max_timer_gap / 1000.0);
      printf ("stall-frame-max %.1f\n", max_tick_gap / 1000.0);
      printf ("stall-rss %.1f\n", rss_mb ());
      fflush (stdout);
      loading = FALSE;
      shown_at = now;
    }
  else if (shown_at != 0 && now - shown_at > SETTLE_US)
    {
      printf ("stall-settle-timer-max %.1f\n", max_settle_timer_gap / 1000.0);
      printf ("stall-settle-frame-max %.1f\n", max_settle_tick_gap / 1000.0);
      fflush (stdout);
      _exit (0);
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
stall_start (gpointer user_data)
{
  /* The window has been shown and idle for a moment: now open the bundle. */
  last_timer = last_tick = load_start = g_get_monotonic_time ();
  loading = TRUE;
  briefing_window_open (BRIEFING_WINDOW (window), bundle_file);
  return G_SOURCE_REMOVE;
}

static void
stall_activate (GApplication *app)
{
  window = GTK_WINDOW (briefing_window_new (GTK_APPLICATION (app)));
  gtk_window_present (window);
  gtk_widget_add_tick_callback (GTK_WIDGET (window), stall_tick, NULL, NULL);
  g_timeout_add_full (G_PRIORITY_HIGH, 1, stall_timer, NULL, NULL);
  g_timeout_add (500, stall_start, NULL);
}

static int
run_load_stall (const char *path)
{
  g_autoptr(GtkApplication) app = gtk_application_new ("org.briefing.BenchStall", G_APPLICATION_NON_UNIQUE);

  bundle_file = g_file_new_for_path (path);
  g_signal_connect (app, "activate", G_CALLBACK (stall_activate), NULL);
  return g_application_run (G_APPLICATION (app), 0, NULL);
}

/* List scroll */

typedef struct
{
  GtkAdjustment *adjustment;
  GArray        *frames;   /* of double, ms from the scroll to its painted frame */
  GArray        *work;     /* of double, ms the frame that painted it took, from before-paint on */
  gint64         frame_start;
  guint          step;
  guint          n_steps;
  gint64         scrolled;
  GMainLoop     *loop;
} Scroll;

static void
scroll_next (Scroll *scroll)
{
  double upper = gtk_adjustment_get_upper (scroll->adjustment);
  double page = gtk_adjustment_get_page_size (scroll->adjustment);
  double value;

  /* Three in four steps go a page down, the fourth jumps somewhere far. */
  if (scroll->step % 4 == 3)
    value = g_random_double_range (0, upper - page);
  else
    value = fmod (gtk_adjustment_get_value (scroll->adjustment) + page, upper - page);

  scroll->scrolled = g_get_monotonic_time ();
  gtk_adjustment_set_value (scroll->adjustment, value);
}

static void
scroll_before_paint (GdkFrameClock *clock,
                     Scroll        *scroll)
{
  scroll->frame_start = g_get_monotonic_time ();
}

static void
scroll_after_paint (GdkFrameClock *clock,
                    Scroll        *scroll)
{
  gint64 now = g_get_monotonic_time ();

  if (scroll->scrolled == 0)
    return;

  g_array_append_val (scroll->frames, (double) { (now - scroll->scrolled) / 1000.0 });
  g_array_append_val (scroll->work, (double) { (now - MAX (scroll->frame_start, scroll->scrolled)) / 1000.0 });
  scroll->scrolled = 0;
  if (++scroll->step == scroll->n_steps)
    g_main_loop_quit (scroll->loop);
  else
    scroll_next (scroll);
}

static GListModel *
synthetic_articles (guint n)
{
  GListStore *store = g_list_store_new (BRIEFING_TYPE_ARTICLE);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("a-%06u", i);
      g_autofree char *headline = g_strdup_printf ("Report %u on the talks and what each side said", i);
      BriefingArticle *article = briefing_article_new (id, headline);
      BriefingDate date = { 0 };

      date.year = 2019 + i % 7;
      date.month = 1 + i % 12;
      date.day = 1 + i % 28;
      date.precision = BRIEFING_DATE_PRECISION_DAY;
      briefing_article_set_published (article, &date);
      briefing_article_set_publisher (article, i % 2 ? "Harbour Gazette" : "Continental Wire");
      g_ptr_array_add (items, article);
    }
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (store);
}

static GtkScrolledWindow *
find_scrolled_window (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found;

      if (GTK_IS_SCROLLED_WINDOW (child))
        return GTK_SCROLLED_WINDOW (child);
      if ((found = find_scrolled_window (child)) != NULL)
        return found;
    }
  return NULL;
}

static int
run_list_scroll (guint n)
{
  g_autoptr(GListModel) articles = NULL;
  GtkWidget *list;
  Scroll scroll = { 0 };
  GtkScrolledWindow *scrolled;
  gint64 start;
  double *frames;

  gtk_init ();
  articles = synthetic_articles (n);
  list = briefing_article_list_new ();
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 420, 900);
  gtk_window_set_child (window, list);

  start = g_get_monotonic_time ();
  briefing_article_list_set_articles (BRIEFING_ARTICLE_LIST (list), articles);
  printf ("list-set-ms %.1f\n", (g_get_monotonic_time () - start) / 1000.0);
  gtk_window_present (window);

  scroll.loop = g_main_loop_new (NULL, FALSE);
  scroll.frames = g_array_new (FALSE, FALSE, sizeof (double));
  scroll.work = g_array_new (FALSE, FALSE, sizeof (double));
  scroll.n_steps = 200;

  /* Let the list settle (sorting a big model may take a while) before scrolling. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  printf ("list-shown-ms %.1f\n", (g_get_monotonic_time () - start) / 1000.0);
  g_usleep (200000);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  scrolled = find_scrolled_window (list);
  g_assert_nonnull (scrolled);
  scroll.adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  g_assert_cmpfloat (gtk_adjustment_get_upper (scroll.adjustment), >, 0);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "before-paint",
                    G_CALLBACK (scroll_before_paint), &scroll);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (scroll_after_paint), &scroll);
  scroll_next (&scroll);
  g_main_loop_run (scroll.loop);

  /* From the scroll to its frame: the frame clock's wait for the next tick, then the frame. A
   * scroll that missed the next tick took a second frame interval. */
  frames = (double *) scroll.frames->data;
  qsort (frames, scroll.frames->len, sizeof (double), compare_doubles);
  printf ("list-frame-p50 %.2f\n", frames[scroll.frames->len / 2]);
  printf ("list-frame-p95 %.2f\n", frames[scroll.frames->len * 95 / 100]);
  printf ("list-frame-max %.2f\n", frames[scroll.frames->len - 1]);
  {
    guint missed = 0;

    for (guint i = 0; i < scroll.frames->len; i++)
      missed += frames[i] > 1.5 * 1000.0 / 60;
    printf ("list-frames-missed %u of %u\n", missed, scroll.frames->len);
  }
  /* The frame's own work, as the timeline's figure measures it: at full frame rate it fits in
   * one frame interval. */
  frames = (double *) scroll.work->data;
  qsort (frames, scroll.work->len, sizeof (double), compare_doubles);
  printf ("list-work-p50 %.2f\n", frames[scroll.work->len / 2]);
  printf ("list-work-p95 %.2f\n", frames[scroll.work->len * 95 / 100]);
  printf ("list-work-max %.2f\n", frames[scroll.work->len - 1]);
  printf ("list-rss %.1f\n", rss_mb ());
  fflush (stdout);
  _exit (0);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("TZ", "UTC", TRUE);

  if (argc >= 2 && strcmp (argv[1], "first-frame") == 0)
    return run_first_frame (argc >= 3 ? argv[2] : NULL);
  if (argc >= 3 && strcmp (argv[1], "load-stall") == 0)
    return run_load_stall (argv[2]);
  if (argc >= 3 && strcmp (argv[1], "list-scroll") == 0)
    return run_list_scroll (atoi (argv[2]));

  fprintf (stderr, "usage: %s first-frame [FILE] | load-stall FILE | list-scroll N\n", argv[0]);
  return EXIT_FAILURE;
}
