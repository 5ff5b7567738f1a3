package jp.sitegate.interfaces.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Keeps a page's view parameters (e.g. {@code ?code=1910114451}) in the address its forms post to (issue 14): after a
 * save the browser's address still names the facility, so a reload shows the same page instead of an empty picker or
 * a refusal. Registered in {@code faces-config.xml}.
 */
public class ViewParamsViewHandler extends ViewHandlerWrapper {
    /**
     * True while a link's or a redirect's URL is built: those name their own parameters (a tab menu's {@code ?tab=}),
     * which the current page's must not repeat.
     */
    private static final ThreadLocal<Boolean> LINKING = ThreadLocal.withInitial(() -> false);

    /** @param wrapped the view handler it decorates */
    public ViewParamsViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    /**
     * @param context the request
     * @param viewId  the view the form posts to
     * @return its URL with the current view's parameters appended when the form posts back to the same view
     */
    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (root == null || !viewId.equals(root.getViewId()) || LINKING.get()) {
            return url;
        }
        Collection<UIViewParameter> params = ViewMetadata.getViewParameters(root);
        StringBuilder query = new StringBuilder();
        for (UIViewParameter p : params) {
            Object value = p.getValue();
            String text = value == null ? p.getStringValue(context) : p.getStringValueFromModel(context);
            if (text == null || text.isEmpty()) {
                continue;
            }
            query.append(query.length() == 0 ? "" : "&").append(URLEncoder.encode(p.getName(), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        if (query.length() == 0) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + query;
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId,
            java.util.Map<String, java.util.List<String>> parameters, boolean includeViewParams) {
        return linking(() -> super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId,
            java.util.Map<String, java.util.List<String>> parameters, boolean includeViewParams) {
        return linking(() -> super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    private static String linking(java.util.function.Supplier<String> build) {
        boolean outer = LINKING.get();
        LINKING.set(true);
        try {
            return build.get();
        } finally {
            LINKING.set(outer);
        }
    }
}
