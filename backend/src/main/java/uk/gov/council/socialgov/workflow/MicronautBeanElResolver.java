package uk.gov.council.socialgov.workflow;

import io.micronaut.context.BeanContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Named;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Optional;

/** Resolves {@code ${beanName}} in BPMN expressions to the Micronaut bean carrying {@code @Named("beanName")}. */
class MicronautBeanElResolver extends ELResolver {

    private final BeanContext beans;

    MicronautBeanElResolver(BeanContext beans) {
        this.beans = beans;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null && property instanceof String name) {
            var definition = namedBean(name);
            if (definition.isPresent()) {
                context.setPropertyResolved(true);
                return beans.getBean(definition.get());
            }
        }
        return null;
    }

    /** Only beans that carry the exact {@code @Named} are visible to models, never framework beans. */
    private Optional<BeanDefinition<Object>> namedBean(String name) {
        return beans.getBeanDefinitions(Object.class, Qualifiers.byName(name)).stream()
                .filter(definition -> name.equals(definition.stringValue(Named.class).orElse(null)))
                .findFirst();
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return Object.class;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base == null && property instanceof String name && namedBean(name).isPresent()) {
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
