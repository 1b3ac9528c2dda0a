/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shaping ahead: before pagination, the texts of the blocks are laid out for the widths pagination
 * will ask for, on two threads when the layout has a helper context. Shaping is most of the time
 * a long briefing takes to lay out, and each text is shaped on its own, so the two threads share
 * the work without waiting for each other. Pango objects are not safe to share between threads:
 * the second thread shapes with the helper context, whose font map is its own, and nothing it
 * makes is touched on the layout's thread before it has finished. It alone shares the layouts of
 * short plain words meanwhile. */
#define G_LOG_DOMAIN "briefing-page-layout"

#include "config.h"

#include "briefing-page-layout-private.h"

/* Below this many characters a second thread, with fonts of its own to load, is not worth it. */
#define MIN_PARALLEL_CHARS 20000
/* Texts taken at a time by either thread. */
#define BATCH 16

typedef struct
{
  BriefingPageText *text;
  double            width;
} Job;

typedef struct
{
  BriefingPageLayout *self;
  GArray             *jobs;   /* of Job */
  GArray             *shared; /* of Job: texts with shared layouts, for the helper thread */
  GHashTable         *seen;   /* texts in jobs */
  gsize               bytes;  /* what the layouts will hold */
  gsize               chars;
  gboolean            full;   /* the memory budget is reached */
  int                 next;   /* the next job to take, shared by both threads */
} Measure;

static void
add_job (BriefingPageText *text,
         double            width,
         gpointer          data)
{
  Measure *measure = data;
  gsize bytes;
  Job job = { text, width };

  if (measure->full || text->layout != NULL || !g_hash_table_add (measure->seen, text))
    return;

  if (briefing_page_text_is_shared (text))
    {
      g_array_append_val (measure->shared, job);
      return;
    }

  bytes = briefing_page_text_estimate_size (text);
  if (measure->self->held_bytes + measure->bytes + bytes > BRIEFING_PAGE_HELD_BUDGET)
    {
      measure->full = TRUE;
      return;
    }

  measure->bytes += bytes;
  measure->chars += text->text->len;
  g_array_append_val (measure->jobs, job);
}

static void
run_jobs (Measure      *measure,
          PangoContext *context)
{
  int n = measure->jobs->len;

  for (;;)
    {
      int first = g_atomic_int_add (&measure->next, BATCH);

      if (first >= n)
        break;

      for (int i = first; i < MIN (first + BATCH, n); i++)
        {
          Job *job = &g_array_index (measure->jobs, Job, i);

          briefing_page_text_lay_out (measure->self, context, job->text, job->width);
        }
    }
}

static gpointer
helper_thread (gpointer data)
{
  Measure *measure = data;

  for (guint i = 0; i < measure->shared->len; i++)
    {
      Job *job = &g_array_index (measure->shared, Job, i);

      briefing_page_text_share_layout (measure->self, measure->self->helper, job->text,
                                       job->width);
    }
  run_jobs (measure, measure->self->helper);
  return NULL;
}

void
briefing_page_layout_measure (BriefingPageLayout *self)
{
  Measure measure = { self };

  /* Without a helper context, texts are laid out as they are paginated. */
  if (self->helper == NULL)
    return;

  measure.jobs = g_array_new (FALSE, FALSE, sizeof (Job));
  measure.shared = g_array_new (FALSE, FALSE, sizeof (Job));
  measure.seen = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < self->blocks->len && !measure.full; i++)
    briefing_page_block_foreach_text (self, g_ptr_array_index (self->blocks, i), add_job,
                                      &measure);

  /* So is a short briefing. */
  if (measure.chars >= MIN_PARALLEL_CHARS)
    {
      GThread *thread = g_thread_new ("briefing-shape", helper_thread, &measure);

      run_jobs (&measure, self->context);
      g_thread_join (thread);
      self->held_bytes += measure.bytes;
    }

  g_hash_table_unref (measure.seen);
  g_array_unref (measure.shared);
  g_array_unref (measure.jobs);
}
