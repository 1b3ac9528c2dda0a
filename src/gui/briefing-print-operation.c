/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-print-operation"

#include "config.h"

#include <cairo-pdf.h>

#include "briefing-page-layout.h"
#include "briefing-print-operation.h"

struct _BriefingPrintOperation
{
  GtkPrintOperation    parent_instance;

  /* Owned */
  BriefingComposition *composition;
  BriefingPageLayout  *layout;        /* from begin-print to end-print */
};

G_DEFINE_FINAL_TYPE (BriefingPrintOperation, briefing_print_operation, GTK_TYPE_PRINT_OPERATION)

/* Pages are laid out for the paper the user chose, with the printer's own font metrics. */
static void
briefing_print_operation_begin_print (GtkPrintOperation *operation,
                                      GtkPrintContext   *context)
{
  BriefingPrintOperation *self = BRIEFING_PRINT_OPERATION (operation);
  PangoContext *pango_context = gtk_print_context_create_pango_context (context);
  cairo_surface_t *target = cairo_get_target (gtk_print_context_get_cairo_context (context));

  g_clear_pointer (&self->layout, briefing_page_layout_free);
  self->layout = briefing_page_layout_new (self->composition, pango_context,
                                           gtk_print_context_get_width (context),
                                           gtk_print_context_get_height (context));
  g_object_unref (pango_context);
  gtk_print_operation_set_n_pages (operation, briefing_page_layout_get_n_pages (self->layout));

  /* Printed to a PDF file, it carries the same metadata as an exported one. */
  if (cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_PDF)
    {
      cairo_pdf_surface_set_metadata (target, CAIRO_PDF_METADATA_TITLE, self->composition->title);
      cairo_pdf_surface_set_metadata (target, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);
      if (self->composition->prepared_by != NULL)
        cairo_pdf_surface_set_metadata (target, CAIRO_PDF_METADATA_AUTHOR, self->composition->prepared_by);
    }
}

static void
briefing_print_operation_draw_page (GtkPrintOperation *operation,
                                    GtkPrintContext   *context,
                                    int                page_nr)
{
  BriefingPrintOperation *self = BRIEFING_PRINT_OPERATION (operation);

  g_assert (self->layout != NULL);

  briefing_page_layout_render_page (self->layout, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
briefing_print_operation_end_print (GtkPrintOperation *operation,
                                    GtkPrintContext   *context)
{
  BriefingPrintOperation *self = BRIEFING_PRINT_OPERATION (operation);

  g_clear_pointer (&self->layout, briefing_page_layout_free);
}

static void
briefing_print_operation_finalize (GObject *object)
{
  BriefingPrintOperation *self = BRIEFING_PRINT_OPERATION (object);

  g_clear_pointer (&self->layout, briefing_page_layout_free);
  g_clear_pointer (&self->composition, briefing_composition_unref);

  G_OBJECT_CLASS (briefing_print_operation_parent_class)->finalize (object);
}

static void
briefing_print_operation_class_init (BriefingPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = briefing_print_operation_finalize;
  operation_class->begin_print = briefing_print_operation_begin_print;
  operation_class->draw_page = briefing_print_operation_draw_page;
  operation_class->end_print = briefing_print_operation_end_print;
}

static void
briefing_print_operation_init (BriefingPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  /* The layout has its own margins, as in an exported PDF: it gets the whole sheet, in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
}

BriefingPrintOperation *
briefing_print_operation_new (BriefingComposition *composition)
{
  BriefingPrintOperation *self;

  g_return_val_if_fail (composition != NULL, NULL);

  self = g_object_new (BRIEFING_TYPE_PRINT_OPERATION, NULL);
  self->composition = briefing_composition_ref (composition);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), composition->title);

  return self;
}

BriefingComposition *
briefing_print_operation_get_composition (BriefingPrintOperation *self)
{
  g_return_val_if_fail (BRIEFING_IS_PRINT_OPERATION (self), NULL);

  return self->composition;
}
