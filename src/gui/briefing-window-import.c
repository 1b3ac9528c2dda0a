/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing a news page into the window's bundle: "Import Article…" (or a page dropped on the
 * window) reads the file or fetches the address with the loading banner's progress and Cancel,
 * turns the page into an article in a thread, proposes what it says against the bundle open, and
 * shows the review dialog. Nothing changes until the user adds the proposals, in one undo step. */
#define G_LOG_DOMAIN "briefing-window-import"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-article-import.h"
#include "briefing-extract.h"
#include "briefing-import-dialog.h"
#include "briefing-import-review.h"
#include "briefing-window-private.h"

/* What the thread is given and what it gives back. */
typedef struct
{
  BriefingWindow       *window;        /* while fetching only: the main thread holds it */
  GFile                *file;
  GBytes               *bytes;         /* fetched; NULL for a local file */
  char                 *url;
  char                 *content_type;
  GHashTable           *taken_ids;     /* the bundle's ids when the import began */
  char                 *language;      /* the bundle's */

  BriefingArticle      *article;
  BriefingImportHints   hints;
  BriefingExtractRules *rules;         /* NULL when the article's language has none */
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job->url);
  g_free (job->content_type);
  g_clear_pointer (&job->taken_ids, g_hash_table_unref);
  g_free (job->language);
  g_clear_object (&job->article);
  briefing_import_hints_clear (&job->hints);
  g_clear_object (&job->rules);
  g_free (job);
}

gboolean
briefing_window_is_article_file (GFile *file)
{
  static const char * const endings[] = { ".html", ".htm", ".xhtml", ".txt", ".md", ".markdown" };
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name != NULL ? g_ascii_strdown (name, -1) : NULL;

  for (guint i = 0; lower != NULL && i < G_N_ELEMENTS (endings); i++)
    if (g_str_has_suffix (lower, endings[i]))
      return TRUE;
  return FALSE;
}

static BriefingArticle *
read_article (ImportJob                  *job,
              const BriefingImportSource *source,
              GCancellable               *cancellable,
              GError                    **error)
{
  briefing_import_hints_clear (&job->hints);
  if (job->bytes != NULL)
    return briefing_article_import_bytes (job->bytes, source, &job->hints, error);
  return briefing_article_import_file (job->file, source, &job->hints, cancellable, error);
}

/* In the thread: the page into an article under an id the bundle does not have, and the rules of
 * its language. */
static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autofree char *file_name = g_file_get_basename (job->file);
  BriefingImportSource source = { job->content_type, file_name, job->url, NULL };
  g_autofree char *unique = NULL;
  GError *error = NULL;
  const char *language;

  job->article = read_article (job, &source, cancellable, &error);
  if (job->article != NULL && g_hash_table_contains (job->taken_ids, briefing_article_get_id (job->article)))
    {
      g_autofree char *base = g_strndup (briefing_article_get_id (job->article), 56);

      for (guint n = 2; unique == NULL || g_hash_table_contains (job->taken_ids, unique); n++)
        {
          g_free (unique);
          unique = g_strdup_printf ("%s-%u", base, n);
        }
      source.id = unique;
      g_clear_object (&job->article);
      job->article = read_article (job, &source, cancellable, &error);
    }
  if (job->article == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  language = briefing_article_get_language (job->article);
  job->rules = briefing_extract_rules_new_for_language (language != NULL ? language : job->language, NULL);
  g_task_return_boolean (task, TRUE);
}

static void
show_import_error (BriefingWindow *self,
                   GFile          *file,
                   const GError   *error)
{
  g_autofree char *name = briefing_fetcher_dup_display_name (file);
  /* Translators: the first %s is a file name or a web address, the second says what went wrong */
  g_autofree char *message = g_strdup_printf (_("“%s” could not be imported: %s"), name, error->message);

  briefing_window_set_error (self, message, NULL, NULL);
}

static void
on_review_add (BriefingWindow       *self,
               BriefingImportReview *review)
{
  BriefingDocument *document = briefing_import_review_get_document (review);
  g_autoptr(GError) error = NULL;

  /* A new bundle is shown once something goes into it; Cancel leaves the window as it was. */
  if (document != self->document)
    {
      briefing_window_set_error (self, NULL, NULL, NULL);
      briefing_window_show_document (self, document);
    }

  if (!briefing_import_review_apply (review, &error))
    {
      briefing_import_review_set_error (review, error->message);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (review));
  briefing_window_show_toast (self, _("Article imported"));
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(BriefingWindow) self = user_data;
  GTask *task = G_TASK (result);
  ImportJob *job = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingExtraction) extraction = NULL;
  g_autoptr(BriefingDocument) document = NULL;
  BriefingImportReview *review;

  if (!g_task_propagate_boolean (task, &error))
    {
      if (self->cancellable == cancellable)
        {
          briefing_window_set_loading (self, NULL, NULL);
          self->importing = FALSE;
        }
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_import_error (self, job->file, error);
      return;
    }
  if (self->cancellable != cancellable || g_cancellable_is_cancelled (cancellable))
    {
      if (self->cancellable == cancellable)
        briefing_window_set_loading (self, NULL, NULL);
      return;
    }
  briefing_window_set_loading (self, NULL, NULL);
  self->importing = FALSE;

  if (self->document != NULL)
    document = g_object_ref (self->document);
  else
    document = briefing_document_new_empty (briefing_article_get_headline (job->article),
                                            briefing_article_get_language (job->article), self->undo);

  /* Reading one article's sentences is quick; it runs here, where the bundle may be read. */
  if (job->rules != NULL)
    extraction = briefing_extract (job->article, briefing_document_get_bundle (document), job->rules, &error);
  else
    extraction = briefing_extraction_new_empty (job->article);
  if (extraction == NULL)
    {
      show_import_error (self, job->file, error);
      return;
    }

  review = briefing_import_review_new (GTK_WINDOW (self), document, extraction, job->rules);
  g_signal_connect_object (review, "add", G_CALLBACK (on_review_add), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (review));
}

static void
start_thread (BriefingWindow *self,
              ImportJob      *job,
              GCancellable   *cancellable)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, import_done_cb, g_object_ref (self));
  BriefingBundle *bundle = self->document != NULL ? briefing_document_get_bundle (self->document) : NULL;
  GListModel *lists[4] = { NULL };

  job->taken_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  job->language = g_strdup (bundle != NULL ? briefing_bundle_get_language (bundle) : "en");
  if (bundle != NULL)
    {
      lists[0] = briefing_bundle_get_articles (bundle);
      lists[1] = briefing_bundle_get_parties (bundle);
      lists[2] = briefing_bundle_get_events (bundle);
      lists[3] = briefing_bundle_get_demands (bundle);
    }
  for (guint l = 0; l < G_N_ELEMENTS (lists) && lists[l] != NULL; l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);
        const char *id = BRIEFING_IS_ARTICLE (item) ? briefing_article_get_id (BRIEFING_ARTICLE (item))
                         : BRIEFING_IS_PARTY (item) ? briefing_party_get_id (BRIEFING_PARTY (item))
                         : BRIEFING_IS_EVENT (item) ? briefing_event_get_id (BRIEFING_EVENT (item))
                         : briefing_demand_get_id (BRIEFING_DEMAND (item));

        g_hash_table_add (job->taken_ids, g_strdup (id));
      }

  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_set_source_tag (task, start_thread);
  g_task_run_in_thread (task, import_thread);
}

static void
fetch_page_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  ImportJob *job = user_data;
  BriefingFetcher *fetcher = BRIEFING_FETCHER (source);
  g_autoptr(BriefingWindow) self = g_steal_pointer (&job->window);
  g_autoptr(GError) error = NULL;
  g_autofree char *final_uri = NULL;

  job->bytes = briefing_fetcher_fetch_finish (fetcher, result, &final_uri, &job->content_type, &error);

  /* A newer load replaced this one, or the user cancelled it: nothing changes. */
  if (self->fetcher != fetcher)
    {
      import_job_free (job);
      return;
    }
  g_clear_object (&self->fetcher);
  if (job->bytes == NULL)
    {
      briefing_window_set_loading (self, NULL, NULL);
      self->importing = FALSE;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_import_error (self, job->file, error);
      import_job_free (job);
      return;
    }

  g_free (job->url);
  job->url = g_steal_pointer (&final_uri);
  start_thread (self, job, self->cancellable);
}

void
briefing_window_import_article (BriefingWindow *self,
                                GFile          *file)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *uri = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  ImportJob *job;

  g_return_if_fail (BRIEFING_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->fetcher);

  job = g_new0 (ImportJob, 1);
  job->file = g_object_ref (file);
  self->importing = TRUE;
  briefing_window_set_loading (self, file, cancellable);
  name = briefing_fetcher_dup_display_name (file);
  /* Translators: %s is a file name or a web address */
  text = g_strdup_printf (_("Importing “%s”…"), name);
  gtk_label_set_text (self->loading_label, text);

  uri = g_file_get_uri (file);
  if (!g_file_is_native (file) && briefing_fetcher_is_web_uri (uri))
    {
      job->url = g_strdup (uri);
      self->fetcher = briefing_fetcher_new ();
      briefing_fetcher_set_max_size (self->fetcher, BRIEFING_IMPORT_MAX_SIZE);
      job->window = g_object_ref (self);
      briefing_fetcher_fetch_async (self->fetcher, uri, BRIEFING_FETCH_ARTICLE, cancellable, fetch_page_cb, job);
      return;
    }

  start_thread (self, job, cancellable);
}

/* Actions */

static void
on_import_chosen (BriefingWindow       *self,
                  GFile                *file,
                  BriefingImportDialog *dialog)
{
  briefing_window_import_article (self, file);
}

static void
import_article_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BriefingImportDialog *dialog = briefing_import_dialog_new (GTK_WINDOW (widget));

  g_signal_connect_object (dialog, "import", G_CALLBACK (on_import_chosen), widget, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
briefing_window_class_add_import_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-article", NULL, import_article_activated);
}
