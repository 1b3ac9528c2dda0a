/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A composed briefing as a PDF file: the page layout drawn on a cairo PDF surface that streams
 * into a file replaced atomically, with the document's metadata. */
#define G_LOG_DOMAIN "briefing-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <string.h>

#include "briefing-pdf-private.h"
#include "briefing-save-file-private.h"

/* cairo writes in pieces of a few bytes, too many to hand to a stream one by one. */
#define WRITE_BUFFER_SIZE (64 * 1024)

typedef struct
{
  BriefingSaveFile *file;
  GCancellable     *cancellable;
  GError           *error;
  guchar           *buffer;  /* WRITE_BUFFER_SIZE bytes */
  gsize             length;  /* of them in use */
} Writer;

static gboolean
write_out (Writer     *writer,
           const void *data,
           gsize       length)
{
  return !g_cancellable_set_error_if_cancelled (writer->cancellable, &writer->error) &&
         briefing_save_file_write (writer->file, data, length, &writer->error);
}

static gboolean
flush_writer (Writer *writer)
{
  if (writer->error != NULL)
    return FALSE;

  if (writer->length > 0 && !write_out (writer, writer->buffer, writer->length))
    return FALSE;

  writer->length = 0;
  return TRUE;
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Writer *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (writer->length + length > WRITE_BUFFER_SIZE && !flush_writer (writer))
    return CAIRO_STATUS_WRITE_ERROR;

  if (length > WRITE_BUFFER_SIZE)
    {
      if (!write_out (writer, data, length))
        return CAIRO_STATUS_WRITE_ERROR;
      return CAIRO_STATUS_SUCCESS;
    }

  memcpy (writer->buffer + writer->length, data, length);
  writer->length += length;
  return CAIRO_STATUS_SUCCESS;
}

/* PDF dates as cairo takes them: ISO 8601 in UTC. */
static char *
format_creation_date (gint64 creation_time)
{
  g_autoptr(GDateTime) when = NULL;

  if (creation_time < 0)
    when = g_date_time_new_now_utc ();
  else
    when = g_date_time_new_from_unix_utc (creation_time);

  if (when == NULL)
    return NULL;

  return g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ");
}

static void
set_metadata (cairo_surface_t             *surface,
              BriefingComposition         *composition,
              const BriefingRenderOptions *options)
{
  g_autofree char *created = format_creation_date (options->creation_time);
  const char *author = options->author != NULL ? options->author : composition->prepared_by;

  if (composition->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, composition->title);
  if (author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  if (composition->subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, composition->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
  /* cairo would write the time of day otherwise, and no two files would be the same. */
  if (created != NULL)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, created);
    }
}

/* A context with a font map of its own, for shaping on a second thread: set up for @cr's target
 * as the layout's own context is. */
static PangoContext *
create_helper_context (cairo_t *cr)
{
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (font_map);

  pango_cairo_update_context (cr, context);
  return context;
}

static gboolean
render (BriefingComposition         *composition,
        const BriefingRenderOptions *options,
        Writer                      *writer,
        volatile int                *progress,
        guint                       *n_pages_out,
        GError                     **error)
{
  BriefingPageLayout *layout;
  PangoContext *context, *helper;
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  guint n_pages;
  cairo_t *cr;

  briefing_paper_get_size (options->paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_cb, writer, width, height);
  set_metadata (surface, composition, options);
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  helper = create_helper_context (cr);

  layout = briefing_page_layout_new_full (composition, context, helper, width, height);
  n_pages = briefing_page_layout_get_n_pages (layout);
  *n_pages_out = n_pages;
  g_object_unref (helper);
  g_object_unref (context);

  for (guint page = 0; page < n_pages && writer->error == NULL; page++)
    {
      if (g_cancellable_set_error_if_cancelled (writer->cancellable, &writer->error))
        break;

      briefing_page_layout_render_page (layout, cr, page);
      cairo_show_page (cr);
      if (progress != NULL)
        g_atomic_int_set (progress, (int) ((page + 1) * 999 / n_pages));
    }

  briefing_page_layout_free (layout);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  flush_writer (writer);

  if (writer->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&writer->error));
      return FALSE;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is cairo's description of what went wrong */
                   _("Could not draw the PDF: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

gboolean
briefing_pdf_write_full (BriefingComposition         *composition,
                         const BriefingRenderOptions *options,
                         const char                  *path,
                         volatile int                *progress,
                         GCancellable                *cancellable,
                         guint                       *n_pages,
                         GError                     **error)
{
  g_autoptr(BriefingSaveFile) file = NULL;
  Writer writer = { NULL };
  gboolean ok;

  g_return_val_if_fail (composition != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (progress != NULL)
    g_atomic_int_set (progress, 0);

  /* Written under a hidden name beside PATH and renamed into place when it is complete, so nobody
   * sees half a briefing under its name, and an old file stays whole until then. */
  file = briefing_save_file_begin (path, 0666, error);
  if (file == NULL)
    return FALSE;

  writer.file = file;
  writer.cancellable = cancellable;
  writer.buffer = g_malloc (WRITE_BUFFER_SIZE);

  ok = render (composition, options, &writer, progress, n_pages != NULL ? n_pages : &(guint) { 0 }, error);
  g_free (writer.buffer);
  /* Not committed, the hidden file is removed when FILE is freed. */
  if (!ok || !briefing_save_file_commit (file, error))
    return FALSE;

  if (progress != NULL)
    g_atomic_int_set (progress, 1000);

  return TRUE;
}

gboolean
briefing_pdf_write (BriefingComposition         *composition,
                    const BriefingRenderOptions *options,
                    const char                  *path,
                    GError                     **error)
{
  return briefing_pdf_write_full (composition, options, path, NULL, NULL, NULL, error);
}
