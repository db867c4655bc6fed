package uk.gov.council.socialgov.workflow;

import io.micronaut.context.BeanContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

import java.beans.FeatureDescriptor;
import java.util.Iterator;

/** Resolves {@code ${beanName}} in BPMN expressions to the Micronaut bean carrying {@code @Named("beanName")}. */
class MicronautBeanElResolver extends ELResolver {

    private final BeanContext beans;

    MicronautBeanElResolver(BeanContext beans) {
        this.beans = beans;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null && property instanceof String name) {
            var bean = beans.findBean(Object.class, Qualifiers.byName(name));
            if (bean.isPresent()) {
                context.setPropertyResolved(true);
                return bean.get();
            }
        }
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return Object.class;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base == null && property instanceof String name && beans.containsBean(Object.class, Qualifiers.byName(name))) {
            throw new ProcessEngineException("'" + name + "' is a Micronaut bean and cannot be assigned");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return Object.class;
    }
}
