package vn.reviewledger.query.ui;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.reviewledger.query.web.Viewer;

/** What every screen's header needs: who is signed in, and the same page in the other language. */
@ControllerAdvice(basePackages = {"vn.reviewledger.query.ui", "vn.reviewledger.query.imports"})
class UiModel {

    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewer.current();
    }

    @ModelAttribute("langVi")
    String langVi() {
        return switchTo("vi");
    }

    @ModelAttribute("langEn")
    String langEn() {
        return switchTo("en");
    }

    private static String switchTo(String lang) {
        // A path and query only, never a host from the request: the link stays on this site.
        var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", lang)
                .replaceQueryParam("saved").build();
        return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    }
}
