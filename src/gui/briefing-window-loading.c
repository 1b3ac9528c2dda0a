/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading a bundle into the window: from a file in a thread, or from the web with the fetcher
 * first; the progress banner with its Cancel, and the errors of a failed load. The bundle shown
 * stays until a new one is read. */
#define G_LOG_DOMAIN "briefing-window-loading"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-window-private.h"

/* The progress banner appears only for loads that take longer than this. */
#define PROGRESS_DELAY_MS 250

static gboolean
progress_tick (gpointer user_data)
{
  BriefingWindow *self = user_data;
  guint64 received, expected;

  if (g_get_monotonic_time () - self->load_started >= PROGRESS_DELAY_MS * 1000)
    gtk_revealer_set_reveal_child (self->loading_revealer, TRUE);

  if (self->fetcher == NULL && self->importing)
    {
      gtk_progress_bar_pulse (self->progress_bar);
      return G_SOURCE_CONTINUE;
    }
  if (self->fetcher == NULL)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, briefing_bundle_reader_get_progress (self->bundle_reader));
      return G_SOURCE_CONTINUE;
    }

  /* Downloading: the share received when the server said how much comes, else a pulse. */
  briefing_fetcher_get_progress (self->fetcher, &received, &expected);
  if (expected > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, MIN (1.0, (double) received / expected));
  else
    gtk_progress_bar_pulse (self->progress_bar);

  return G_SOURCE_CONTINUE;
}

void
briefing_window_set_loading (BriefingWindow *self,
                             GFile          *file,
                             GCancellable   *cancellable)
{
  gboolean was_loading = self->cancellable != NULL;

  g_set_object (&self->cancellable, cancellable);
  g_set_object (&self->loading_file, file);
  g_clear_handle_id (&self->progress_source, g_source_remove);

  if (cancellable != NULL)
    {
      g_autofree char *name = briefing_fetcher_dup_display_name (file);
      /* Translators: %s is a file name or a web address */
      g_autofree char *text = g_strdup_printf (_("Opening “%s”…"), name);

      gtk_label_set_text (self->loading_label, text);
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      self->load_started = g_get_monotonic_time ();
      self->progress_source = g_timeout_add (100, progress_tick, self);
    }
  else
    gtk_revealer_set_reveal_child (self->loading_revealer, FALSE);

  if (was_loading != (cancellable != NULL))
    g_object_notify (G_OBJECT (self), "loading");
  briefing_window_actions_update (self);
}


static void
read_file_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(BriefingWindow) self = user_data;
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  GtkApplication *app;

  bundle = briefing_bundle_reader_read_file_finish (BRIEFING_BUNDLE_READER (source), result, &error);

  /* A newer load replaced this one, or the user cancelled it: nothing changes. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (self->bundle_reader == BRIEFING_BUNDLE_READER (source))
        briefing_window_set_loading (self, NULL, NULL);
      return;
    }

  file = g_object_ref (self->loading_file);
  briefing_window_set_loading (self, NULL, NULL);

  if (bundle == NULL)
    {
      g_autofree char *name = briefing_fetcher_dup_display_name (file);
      /* Translators: the first %s is a file name or a web address, the second says what is wrong with it */
      g_autofree char *message = g_strdup_printf (_("“%s” could not be opened: %s"), name, error->message);

      briefing_window_set_error (self, message, briefing_bundle_reader_get_problems (BRIEFING_BUNDLE_READER (source)), file);
      return;
    }

  briefing_window_set_error (self, NULL, NULL, NULL);
  {
    g_autoptr(BriefingDocument) document = briefing_document_new (bundle, self->undo);

    briefing_window_show_document (self, document);
  }

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (BRIEFING_IS_APPLICATION (app))
    briefing_application_add_recent (BRIEFING_APPLICATION (app), file);
}

/* The bundle arrived from the web: it is read as a file is, named by its address. */
static void
fetch_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(BriefingWindow) self = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  BriefingFetcher *fetcher = BRIEFING_FETCHER (source);

  bytes = briefing_fetcher_fetch_finish (fetcher, result, NULL, NULL, &error);

  /* A newer load replaced this one, or the user cancelled it: nothing changes. */
  if (self->fetcher != fetcher)
    return;
  g_clear_object (&self->fetcher);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      briefing_window_set_loading (self, NULL, NULL);
      return;
    }

  if (bytes == NULL)
    {
      g_autofree char *name = briefing_fetcher_dup_display_name (self->loading_file);
      /* Translators: the first %s is a web address, the second says what went wrong */
      g_autofree char *message = g_strdup_printf (_("“%s” could not be opened: %s"), name, error->message);

      briefing_window_set_loading (self, NULL, NULL);
      briefing_window_set_error (self, message, NULL, NULL);
      return;
    }

  briefing_bundle_reader_read_bytes_async (self->bundle_reader, bytes, self->loading_file, self->cancellable,
                                           read_file_cb, g_object_ref (self));
}


/* A new reader for a new load, the one before it cancelled. */
static void
start_load (BriefingWindow *self,
            GFile          *file,
            GCancellable   *cancellable)
{
  GSettings *settings = briefing_window_get_settings (self);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  g_clear_object (&self->fetcher);
  g_clear_object (&self->bundle_reader);
  self->importing = FALSE;
  self->bundle_reader = briefing_bundle_reader_new ();
  if (settings != NULL)
    briefing_bundle_reader_set_max_size (self->bundle_reader, g_settings_get_uint64 (settings, "max-bundle-size"));

  briefing_window_set_loading (self, file, cancellable);
  /* Built while the bundle is read on its own thread, the views are ready when it comes. */
  briefing_window_ensure_views (self);
}

/* Fetches the bundle at @uri within the size limit of the settings, then reads it; the window
 * shows the same progress, Cancel and errors as for a file. */
static void
open_location_now (BriefingWindow *self,
                   const char     *uri)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  start_load (self, file, cancellable);
  self->fetcher = briefing_fetcher_new ();
  briefing_fetcher_set_max_size (self->fetcher, briefing_bundle_reader_get_max_size (self->bundle_reader));
  briefing_fetcher_fetch_async (self->fetcher, uri, BRIEFING_FETCH_BUNDLE, cancellable, fetch_cb, g_object_ref (self));
}

/* Loads @file off the main thread; the current bundle stays until the new one is read. Unsaved
 * changes are asked about first. */
void
briefing_window_open (BriefingWindow *self,
                      GFile          *file)
{
  g_return_if_fail (BRIEFING_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!briefing_window_ask_to_save (self, BRIEFING_PENDING_OPEN, file))
    briefing_window_open_now (self, file);
}

/* As briefing_window_open(), without asking; a web address is fetched first. */
void
briefing_window_open_now (BriefingWindow *self,
                          GFile          *file)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  if (!g_file_is_native (file))
    {
      g_autofree char *uri = g_file_get_uri (file);

      if (briefing_fetcher_is_web_uri (uri))
        {
          open_location_now (self, uri);
          return;
        }
    }

  start_load (self, file, cancellable);
  briefing_bundle_reader_read_file_async (self->bundle_reader, file, cancellable, read_file_cb, g_object_ref (self));
}

/* Opens the bundle at the web address @uri, as briefing_window_open() does a file. */
void
briefing_window_open_location (BriefingWindow *self,
                               const char     *uri)
{
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (BRIEFING_IS_WINDOW (self));
  g_return_if_fail (uri != NULL);

  file = g_file_new_for_uri (uri);
  briefing_window_open (self, file);
}
